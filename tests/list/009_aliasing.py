grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, 2]
b = a
b += [3]
print(a, a is b)
b = b + [4]
print(a, b, a is b)
c = a * 1
print(c == a, c is a)
x = [1, 2, 3]
y = x[:]
y[0] = 'y'
print(x, y)
n = [[1, 2], [3]]
m = n.copy()
m[0].append(9)
print(n, m)
e = []
e.append(e)
print(e == e, len(e), e[0] is e)
s = [3, 1, 2]
print(sorted(s), s, s.sort(), s)
