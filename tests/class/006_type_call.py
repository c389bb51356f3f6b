# type(): one-argument form, three-argument form, and class objects as values.
print(type(1), type("s"), type([]), type(None), type(type))
T = type("T", (), {"x": 1, "f": lambda self: self.x + 1})
t = T()
print(T.__name__, t.x, t.f(), T.__bases__, T.__module__)
U = type("U", (T,), {"y": 2})
print(U().f(), U.y, [c.__name__ for c in U.__mro__])
print(repr(T))
for args in [(1, 2), ("a", 1, {}), ("a", (1,), {}), ("a", (), 1)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
classes = [int, str, T]
print([c.__name__ for c in classes])
print(type.__name__, object.__name__, type(object), object.__bases__, type.__bases__)
print(int.__mro__, bool.__mro__)
print(isinstance(type, object), isinstance(object, type))
print(T.__qualname__, U.__qualname__)
T.__name__ = "Renamed"
print(T.__name__, repr(T).endswith("Renamed'>"))
try:
    T.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
