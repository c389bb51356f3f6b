# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "type repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
C.__len__ = lambda self: 2
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)


class D:
    pass


D.__add__ = lambda self, o: "added"
D.__eq__ = lambda self, o: "eq!"
D.__iter__ = lambda self: iter([1, 2])
D.__getitem__ = lambda self, k: k * 2
D.__call__ = lambda self, *a: a
D.__bool__ = lambda self: False
d = D()
print(d + 1, d == 1, list(d), d[4], d(1, 2), bool(d))
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)


class E(D):
    pass


print(E() + 5, list(E()), bool(E()))
del D.__bool__
print(bool(E()))
