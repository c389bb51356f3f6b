# Class bodies: __qualname__, __module__, __doc__, nested classes, __classcell__.
class Outer:
    """Outer doc."""
    x = 1
    y = x + 1

    class Inner:
        def method(self):
            return __class__

    def f(self):
        return __class__


print(Outer.__doc__, Outer.y, Outer.Inner.__qualname__, Outer.Inner().method() is Outer.Inner)
print(Outer().f() is Outer, Outer.__module__)


def factory():
    class Local:
        pass
    return Local


L = factory()
print(L.__qualname__, L.__name__)


class NoDoc:
    pass


print(NoDoc.__doc__, sorted(k for k in NoDoc.__dict__))
print(type(Outer.__dict__).__name__, Outer.__dict__["x"], "f" in Outer.__dict__)
try:
    Outer.__dict__["x"] = 2
except TypeError as e:
    print("TypeError:", e)


class Comp:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)


print(Comp.doubled, Comp.total)


class Eq:
    def __eq__(self, other):
        return True


print(Eq.__hash__, Eq() == 5)
try:
    hash(Eq())
except TypeError as e:
    print("TypeError:", e)
