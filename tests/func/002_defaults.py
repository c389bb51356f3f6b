def f(a, b=2, c=3):
    return (a, b, c)

print(f(1))
print(f(1, 5))
print(f(1, 5, 6))
print(f(1, c=9))
print(f(a=7))
print(f.__defaults__)

def g(x, acc=[]):
    acc.append(x)
    return acc

print(g(1))
print(g(2))
print(g(3, []))

def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b

print(h(1), h(2))
f.__defaults__ = (20, 30)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
