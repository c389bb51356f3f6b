a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2])
print(a[slice(1, 4)], a[slice(None, None, 3)])
b = a[:]
b[2:5] = ['a', 'b']
print(b)
b[1:1] = [9, 9, 9]
print(b)
b[:] = []
print(b)
c = list(range(10))
c[::2] = 'abcde'
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    c[::3] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    c[1:2] = 5
except TypeError as e:
    print('TypeError:', e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
e = [1, 2, 3]
e[len(e):] = [4, 5]
print(e)
e[:] = e
print(e)
e[1:3] = e
print(e)
f = list(range(6))
del f[5:1:-2]
print(f)
f[::-1] = [10, 20, 30, 40]
print(f)
