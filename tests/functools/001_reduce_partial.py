# reduce and partial: calls, keyword merging, flattening, attributes, reprs.
import functools as ft
import operator

print(ft.reduce(operator.add, [1, 2, 3, 4]), ft.reduce(operator.mul, range(1, 8), 1), ft.reduce(max, "hello"))
print(ft.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 9), ft.reduce(operator.add, [], "init"), ft.reduce(operator.add, ["x"]))
print(ft.reduce(lambda acc, x: acc + [x * 2], iter([1, 2]), []))

def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)
p = ft.partial(f, 1, x=2)
print(p.func is f, p.args, p.keywords, p(), p(3, 4, y=5), p(x=9))
q = ft.partial(p, 10, z=3)
print(q.func is f, q.args, q.keywords, q())
p.attr = "set"
r = ft.partial(p, 5)
print(r.func is p, r.args, r(), p.__dict__)
print(repr(ft.partial(print, 1, sep="-")), repr(ft.partial(len)))
print(repr(ft.partial(f, "a", [1], k=(2,))).split(" at ")[0])
basetwo = ft.partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__, basetwo("11", base=10))
print(list(map(ft.partial(pow, 2), range(6))), sorted([3, 1, 2], key=ft.partial(operator.mul, -1)))
print(type(p).__name__, type(p), ft.partial.__module__)
red, state = p.__reduce__()[0], p.__reduce__()[2]
print(red is ft.partial, state[1:])
s = ft.partial(len)
s.__setstate__((f, (1,), {"k": 1}, None))
print(s.func is f, s.args, s.keywords, s())
# keywords is the live dict
p2 = ft.partial(f)
p2.keywords["late"] = 1
print(p2(0))
class MyPartial(ft.partial):
    def describe(self):
        return "MyPartial of " + self.func.__name__
mp = MyPartial(f, 7)
print(mp(), mp.describe(), repr(mp).split(" at ")[0], ft.partial(mp, 8).args)
class Loud(ft.partial):
    def __call__(self, *a, **k):
        return ("loud", super().__call__(*a, **k))
lp = Loud(f, 1)
print(lp(), ft.partial(lp, 2).func is lp)
# a partial is not a method: it does not bind
class C:
    m = ft.partial(f, "bound?")
print(C().m())

def err(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
err(ft.reduce, operator.add, [])
err(ft.reduce, operator.add)
err(ft.reduce, operator.add, [1], 2, 3)
err(ft.reduce, operator.add, [1], x=3)
err(ft.reduce, 1, [1, 2])
err(ft.reduce, 1, 5)
err(ft.partial)
err(ft.partial, 1)
err(setattr, p, "func", len)
err(setattr, p, "args", ())
err(s.__setstate__, 5)
err(s.__setstate__, (1, 2))
err(s.__setstate__, (1, (), None, None))
err(ft.partial(f))
