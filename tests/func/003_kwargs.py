def f(a, b, c):
    return a * 100 + b * 10 + c

print(f(1, 2, 3))
print(f(c=3, b=2, a=1))
print(f(1, c=3, b=2))

def g(*args, **kwargs):
    return args, sorted(kwargs.items())

print(g())
print(g(1, 2))
print(g(x=1, y=2))
print(g(1, 2, z=3))
print(g(*[1, 2, 3], **{'k': 4}))
args = (1, 2)
kw = {'c': 3}
print(f(*args, **kw))
print(f(*[1], *[2], **{'c': 5}))
print(g(1, *(2, 3), 4, **{'a': 1}, b=2))

def h(a, *rest, key=None, **opts):
    return a, rest, key, opts

print(h(1))
print(h(1, 2, 3, key='k', other=5))
