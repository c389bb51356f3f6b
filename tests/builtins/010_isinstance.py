print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance("s", (int, str)))
print(isinstance(1.0, (int, (str, float))), isinstance([], object), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError))

class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(A, A))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("other", M), issubclass(int, M), issubclass(str, M))

for f in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 1),
          lambda: isinstance(1), lambda: isinstance(1, (int, 2))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
