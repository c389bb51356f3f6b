sq = lambda x: x * x
print(sq(5))
print((lambda: 7)())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(sq.__name__, sq.__qualname__)
f = lambda x, y=10: x + y
print(f(1), f(1, 2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
try:
    sq()
except TypeError as e:
    print(e)
