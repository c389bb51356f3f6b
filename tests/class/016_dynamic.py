# Classes made at run time: type(), closures, class factories, decorators.
def make_class(name, fields):
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "fields": fields})


Point = make_class("Point", ["x", "y"])
print(Point(1, 2), Point.fields, Point.__name__)


def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls


@add_method
class Dec:
    pass


print(Dec().extra())


def counter_class():
    count = 0

    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count

    return Counter


C1, C2 = counter_class(), counter_class()
a, b = C1(), C2()
print(a.inc(), a.inc(), b.inc(), C1 is C2, C1.__qualname__)
classes = [type(f"T{i}", (), {"i": i}) for i in range(3)]
print([c.i for c in classes], [c.__name__ for c in classes])
Sub = type("Sub", (Point,), {"z": 0})
print(Sub(5, 6), Sub.z, Sub.__mro__[1].__name__)
