a = [1, 'two', 3.0, None, True, [4, [5]], (6,), {'k': 'v'}]
print(a)
print(repr(a), str(a))
b = [1, 2]
b.append(b)
print(b)
c = [[]]
c[0].append(c)
print(c)
print([[], [[]], ['']])
print(list('ab\n'))
