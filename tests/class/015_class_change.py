# __class__ assignment and __dict__ replacement.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
a.v = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.v, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)


class S:
    __slots__ = ("q",)


try:
    a.__class__ = S
except TypeError as e:
    print("TypeError:", e)
a.__dict__ = {"w": 2}
print(a.w, hasattr(a, "v"))
try:
    a.__dict__ = 1
except TypeError as e:
    print("TypeError:", e)
