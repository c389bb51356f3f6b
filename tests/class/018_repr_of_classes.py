# Class and instance reprs, names, modules; str() of classes and builtins.
class A:
    class B:
        pass


print(A, A.B, repr(A.B), str(A.B))
print(int, str, type, object, type(None), type(...), type(NotImplemented))
print(A.__name__, A.B.__name__, A.B.__qualname__, A.__module__, int.__module__, int.__qualname__)
A.__module__ = "mymod"
print(A)
A.__qualname__ = "Renamed"
print(A, A.__name__)
print(repr(A()).startswith("<mymod.Renamed object at 0x"))
print(type.__repr__(int), type(int).__name__)
print([int, A.B][0], {str: 1})
