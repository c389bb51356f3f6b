# __slots__: member descriptors, no __dict__, inheritance, errors.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, repr(P.x), P.__slots__)
print(hasattr(p, "y"), getattr(p, "y", "default"))


class Q(P):
    pass


q = Q(1)
q.z = 5
print(q.x, q.z, q.__dict__)


class R(P):
    __slots__ = ("w",)


r = R(2)
r.w = 3
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)


class S:
    __slots__ = "only"


s = S()
s.only = 1
print(s.only, S.__slots__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def get(self):
        return self.__secret


print(Private().get(), "_Private__secret" in Private.__dict__)
for bad in [(1,), ("a b",), ("__dict__", "__dict__")]:
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    P.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)
