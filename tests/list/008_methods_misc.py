a = [3, 1, 2]
print(a.__len__(), a.__contains__(1), a.__getitem__(-1))
a.__setitem__(0, 9)
a.__delitem__(1)
print(a)
print(list.__add__([1], [2]), list.__mul__([1], 2), list.__rmul__([1], 3))
print([1, 2].__eq__([1, 2]), [1].__eq__((1,)), [1].__lt__(5))
x = [1, 2, 3, 2, 1]
print(x.count(2), x.index(2), x.index(2, 2), x.index(1, -1))
print(x.index(2, -5, -1))
nan = float('nan')
y = [nan]
print(nan in y, y.count(nan), y == y, [nan] == [nan])
print([1, 2, 3][True], [1, 2][False:])
l = [0] * 5
l[1:4] = range(3)
print(l)
l2 = []
for i in range(20):
    l2.append(i)
for i in range(15):
    l2.pop()
print(l2)
