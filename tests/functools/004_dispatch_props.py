# singledispatch, singledispatchmethod, cached_property, partialmethod.
import functools as ft

@ft.singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int %d" % x
@show.register
def _(x: list):
    return "list of %d" % len(x)
def show_str(x):
    return "str " + x
show.register(str, show_str)
class MyInt(int):
    pass
print(show(1), show(True), show(MyInt(3)), show([1, 2]), show("s"), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.registry[object])
print(sorted(t.__name__ for t in show.registry), show.__name__)
@show.register(float)
def _(x):
    return "float"
print(show(2.5), show(MyInt(1)))
class A: pass
class B(A): pass
class C(B): pass
@ft.singledispatch
def kind(x):
    return "base"
kind.register(A, lambda x: "A")
kind.register(C, lambda x: "C")
print(kind(A()), kind(B()), kind(C()), kind(1))
try:
    show()
except TypeError as e:
    print(e)
try:
    show.register(5)
except TypeError as e:
    print(e)
try:
    show.register(int, 5) if False else show.register("x", lambda x: x)
except TypeError as e:
    print(e)

class Formatter:
    @ft.singledispatchmethod
    def fmt(self, arg):
        return "default"
    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg
    @fmt.register(str)
    def _(self, arg):
        return "str " + arg
    @ft.singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return cls.__name__ + " default"
    @cfmt.register(int)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + " int"
f = Formatter()
print(f.fmt(3), f.fmt("x"), f.fmt(2.0), Formatter.cfmt(1), Formatter.cfmt("a"))

class Data:
    def __init__(self, n):
        self.n = n
    @ft.cached_property
    def total(self):
        "Sum up to n."
        print("  computing total")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.__dict__, Data.total.__doc__, type(Data.total).__name__)
del d.total
print(d.total)
d.total = 0
print(d.total)
class Slots:
    __slots__ = ("x",)
    @ft.cached_property
    def p(self):
        return 1
try:
    Slots().p
except TypeError as e:
    print(e)
cp = ft.cached_property(lambda self: 1)
try:
    cp.__get__(Data(1))
except TypeError as e:
    print(e)
try:
    class Twice:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e.__cause__ if e.__cause__ else e)

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state, note=""):
        self._alive = bool(state)
        return note
    set_alive = ft.partialmethod(set_state, True)
    set_dead = ft.partialmethod(set_state, False, note="rip")
    both = ft.partialmethod(set_alive, note="again")
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make_one = ft.partialmethod(make, 1)
c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.both(), Cell.make_one(2), c.make_one(3))
print(repr(Cell.__dict__["set_dead"]).split(" at ")[0], Cell.__dict__["both"].args)
try:
    ft.partialmethod(5)
except TypeError as e:
    print(e)
