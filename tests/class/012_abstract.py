# Abstract classes via __abstractmethods__ (what abc.ABCMeta sets).
class Shape:
    def area(self):
        raise NotImplementedError


Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Two:
    pass


Two.__abstractmethods__ = frozenset({"g", "f"})
try:
    Two()
except TypeError as e:
    print("TypeError:", e)
Two.__abstractmethods__ = frozenset()
print(type(Two()).__name__)
try:
    object.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
print(Shape.__abstractmethods__)
