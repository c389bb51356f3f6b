# __getitem__/__setitem__/__delitem__/__contains__ and their errors.
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells


g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(g[1, 2], (1, 2) in g, (5, 5) in g, (5, 5) not in g)
del g[1, 2]
print((1, 2) in g)
try:
    g[9, 9]
except KeyError as e:
    print("KeyError:", e)


class Slicer:
    def __getitem__(self, k):
        return k


s = Slicer()
print(s[1], s[1:2], s[::2], s[1, 2:3], s[...], s["k"])
one, empty = 1, []
for f in [lambda: one[0], lambda: len[0], lambda: int['a'], lambda: (1,)[5], lambda: empty[0], lambda: {}['k']]:
    try:
        f()
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)


def assign(o, k, v):
    o[k] = v


def delete(o, k):
    del o[k]


for f, args in [(assign, ((1,), 0, 1)), (assign, (5, 0, 1)), (delete, ((1,), 0)), (delete, (5, 0)),
                (assign, ("s", 0, "x")), (assign, ([1], 3, 0)), (delete, ({}, "x"))]:
    try:
        f(*args)
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
try:
    3 in 5
except TypeError as e:
    print("TypeError:", e)


class ContainsNone:
    __contains__ = None


class IterOnly:
    def __iter__(self):
        return iter([1, 2])


print(2 in IterOnly(), 3 in IterOnly())
print(list.__getitem__([1, 2], 1), dict.__contains__({1: 2}, 1))
print(type.__dict__["__mro__"].__get__(int, type) if False else list[int] if False else "ok")
