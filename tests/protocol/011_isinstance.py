# isinstance/issubclass: tuples, __instancecheck__, __subclasscheck__, errors.
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Mallard:
    quack = True


print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(1, (str, int)), isinstance(1, (str, (bytes, (int,)))), isinstance("a", ()))
print(issubclass(bool, (str, int)), issubclass(int, ()))
for args in [(1, 1), (1, (int, 1))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)


class Fake:
    @property
    def __class__(self):
        return int


f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f).__name__, f.__class__)
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object))
print(issubclass(type, object), issubclass(object, type), issubclass(Meta, type))


class A: pass
class B(A): pass


print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)))
