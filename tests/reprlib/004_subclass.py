# reprlib.Repr subclasses: repr_<typename> dispatch (spaces in type names become '_'),
# repr1 levels, overriding repr_instance; repr of user containers
import reprlib


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return '%.2f' % x

    def repr_Point(self, x, level):
        return 'P<%s,%s>' % (self.repr1(x.x, level - 1), self.repr1(x.y, level - 1))

    def repr_instance(self, x, level):
        return '<%s>' % type(x).__name__


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


m = MyRepr()
print(m.repr(3.14159), m.repr([1.5, 2.25]), m.repr(Point(1.0, 'y' * 50)), m.repr(object()), m.repr(len))
print(m.repr({'p': Point(Point(1, 2), 3)}))
m.maxlevel = 1
print(m.repr([Point(1, 2)]), m.repr(Point([1, 2], [3])))

# a type whose name has a space
Spaced = type('two words', (), {})
class SpacedRepr(reprlib.Repr):
    def repr_two_words(self, x, level):
        return 'spaced!'


print(SpacedRepr().repr(Spaced()), SpacedRepr().repr([Spaced()]))

# subclasses of builtin containers are dispatched by their own name
class MyList(list):
    pass


class MyDict(dict):
    def __repr__(self):
        return 'MyDict(%s)' % dict.__repr__(self)


print(reprlib.repr(MyList(range(20))), reprlib.repr(MyDict(a=1)), reprlib.repr(MyDict((i, i) for i in range(20))))
# unsortable set and dict contents keep their order
print(reprlib.repr({1, 'a', 2.5}) in ("{1, 'a', 2.5}", "{1, 2.5, 'a'}", "{'a', 1, 2.5}", "{'a', 2.5, 1}",
                                        "{2.5, 1, 'a'}", "{2.5, 'a', 1}"))
print(reprlib.repr({'b': 1, 2: 'a'}))
# repr1 called directly
r = reprlib.Repr()
print(r.repr1([1, [2]], 1), r.repr1([1, [2]], 0), r.repr1('abc', 0), r.repr1(7, -1))
# array/deque methods work on anything with the right shape
class FakeArray(list):
    typecode = 'i'


print(r.repr_array(FakeArray(range(10)), 3), r.repr_array(FakeArray(), 3), r.repr_deque(list(range(8)), 2))
