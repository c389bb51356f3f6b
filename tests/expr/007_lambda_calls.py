f = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(1), f(1, 5, 6, 7, k=8, z=9))
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
args = (1, 2)
kwargs = {"k": 10}
print(f(*args, **kwargs), f(0, *[1, 2], 3, k=4, **{"m": 5}))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))
print(sorted([(1, "b"), (0, "c")], key=lambda t: t[1]))
