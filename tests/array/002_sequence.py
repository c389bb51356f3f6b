# indexing, slicing, slice assignment and deletion, iteration, operators, comparisons
from array import array as A

a = A('i', range(10))
print(a[2:8:2], a[::3], a[-3:], a[8:2:-2], a[100:], a[:-100], a[::-1])
b = A('i', range(10)); b[2:5] = A('i', [20, 30]); print(b)
b = A('i', range(10)); b[2:3] = A('i', [7, 8, 9, 10]); print(b)
b = A('i', range(10)); b[5:] = A('i'); print(b)
b = A('i', range(10)); b[::2] = A('i', [0] * 5); print(b)
b = A('i', range(10)); b[::-3] = A('i', [-1, -2, -3, -4]); print(b)
b = A('i', range(10)); b[::2] = A('i'); print(b)
b = A('i', range(10)); b[1:] = b; print(b)
b = A('i', range(10)); b[:5] = b; print(b)
b = A('i', range(10)); b[::-1] = b; print(b)
b = A('i', range(10)); b[8:2] = A('i', [99]); print(b)
b = A('i', range(10)); del b[3]; del b[-1]; print(b)
b = A('i', range(10)); del b[::2]; print(b)
b = A('i', range(10)); del b[::-3]; print(b)
b = A('i', range(10)); del b[2:5]; print(b)
b = A('i', range(10)); del b[:]; print(b, len(b))
b = A('d', [1, 2, 3]); b[1] = 9; b[-1] = 0.5; print(b)
b = A('u', 'abc'); b[0] = 'z'; b[1:2] = A('u', 'XYZ'); print(b)
print(len(a), 3 in a, 3.0 in a, 11 in a, 'x' in a, None in a, [x for x in A('u', 'hey')])
print(list(reversed(A('h', [1, 2, 3]))), sorted(A('d', [3, 1, 2])), sum(A('B', b'abc')), max(A('i', [3, 9, 2])))
it = iter(A('i', [1, 2]))
print(type(it).__name__, iter(it) is it, next(it), next(it), next(it, 'end'), next(it, 'end'))
c = A('i', [1, 2, 3])
it = iter(c)
print(next(it)); c.append(4); print(list(it)); c.append(5); print(list(it))
# operators
x, y = A('i', [1, 2]), A('i', [3])
print(x + y, y + x, x * 3, 3 * x, x * 0, x * -2, A('i') * 5, x, y)
z = x
z += y
print(z, x, z is x)
z *= 2
print(z, x is z)
z *= 0
print(z, x)
w = A('d', [1.5])
w += w
print(w)
w *= 1
print(w)
# comparisons (items compared as values, also across typecodes)
p, q = A('i', [1, 2, 3]), A('i', [1, 2, 4])
print(p == p, p == A('i', [1, 2, 3]), p != q, p < q, p <= q, p > q, p >= q, q > p)
print(A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [1, 2]) == A('i', [1, 2, 0]), A('i') == A('d'), A('i') < A('d'))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [1]) == A('Q', [1]), A('f', [0.1]) == A('d', [0.1]))
print(A('u', 'ab') == A('u', 'ab'), A('u', 'ab') < A('u', 'b'), A('i', [1]) == A('u', 'a'))
print(p == [1, 2, 3], p != (1, 2, 3), [1, 2, 3] == p)
nan = float('nan')
n = A('d', [nan])
print(n == n, n != n, nan in n, n.count(nan), A('d', [1, nan]) < A('d', [2, nan]), A('d', [nan]) < A('d', [nan]))
for op in ('<', '<=', '>', '>='):
    try:
        eval('p %s 3' % op)
    except TypeError as e:
        print(e)
try:
    A('i', [1]) < A('u', 'a')
except TypeError as e:
    print(e)
print(hash.__name__, A.__hash__)
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    {p: 1}
except TypeError as e:
    print(e)
match A('i', [1, 2]):
    case [first, *rest]:
        print('sequence', first, rest)
