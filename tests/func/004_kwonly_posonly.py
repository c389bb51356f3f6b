def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))

def g(*, k):
    return k

print(g(k=1))

def p(x, y=2, /):
    return x, y

print(p(1))
print(p(1, 3))

def q(a, /, **kw):
    return a, kw

print(q(1, a=2))
