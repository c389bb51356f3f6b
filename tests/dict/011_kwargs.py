def f(**kw):
    return kw
print(f(b=1, a=2), f(), f(**{'x': 1}, y=2))
d = dict(z=1, y=2, x=3)
print(d, list(d))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(1, 2, c=3, a=4))
print(dict(**d, w=0))
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
print({**d, 'z': 'new', **{'q': 9}})
