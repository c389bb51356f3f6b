total = 0
for i in range(1000):
    total += i
print(total)
out = []
for i in range(10, -10, -4):
    out.append(i)
print(out)
for i in range(0):
    print('never')
r = range(3)
it = iter(r)
print(next(it), list(it), list(r), list(r))
print([i * j for i in range(3) for j in range(i)])
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0, 1, 100)))
nested = [list(range(i)) for i in range(4)]
print(nested)
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), 'abc')))
r2 = range(5)
print(r2.__len__(), r2.__getitem__(2), r2.__contains__(4), list(r2.__reversed__()))
print(range(0, 10, 3)[-1], range(10, 0, -3)[-1], range(5)[-5])
