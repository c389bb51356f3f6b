import enum
from enum import Enum, IntEnum, auto, unique

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    def describe(self):
        return self.name, self.value
    @classmethod
    def favorite(cls):
        return cls.CIRCLE
    @staticmethod
    def helper():
        return 'static'
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
print(Shape.SQUARE.describe(), Shape.favorite(), Shape.helper(), str(Shape.DIAMOND), repr(Shape.DIAMOND))
print(f"{Shape.CIRCLE}", format(Shape.CIRCLE, '>25'))
print(list(Shape), list(reversed(Shape)), Shape.ALIAS_FOR_SQUARE)
print(list(Shape.__members__.items()))
print(Shape.SQUARE in Shape, Shape['ALIAS_FOR_SQUARE'], Shape(2).name)
try:
    unique(Shape)
except ValueError as e:
    print("ValueError", e)

@unique
class Ok(Enum):
    A = 1
    B = 2
print(Ok.B)

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 99:
            return 5
        return None
print(Mood('happy'), Mood(1))
for v in (2, 99, 'sad'):
    try:
        Mood(v)
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e, repr(e.__context__))

class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    VY = (3, 'V.Y', 'km/s')
print(Coordinate.VY, Coordinate(3), Coordinate.PX.label, Coordinate.VY.unit)
try:
    repr(Coordinate.PX)
except TypeError as e:
    print('TypeError', e)

class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    B = 2
    A = 1
print(sorted(Ordered))

d = {Shape.SQUARE: 'sq', Shape.CIRCLE: 'ci'}
print(d[Shape.ALIAS_FOR_SQUARE], Shape.SQUARE == Shape.SQUARE, Shape.SQUARE == 2, Shape.SQUARE is Shape(2))
print(Shape.SQUARE != Shape.CIRCLE, hash(Shape.SQUARE) == hash(Shape.ALIAS_FOR_SQUARE))

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(sorted([Num.THREE, Num.ONE]), Num.TWO * 3, [1, 2, 3][Num.ONE], Num(3) > 2, int(Num.TWO), '%d' % Num.TWO, '{:03d}'.format(Num.THREE))
print(isinstance(Num.ONE, int), Num.ONE.real, max(Num), Num.ONE == 1.0, {1: 'x'}[Num.ONE])

import copy
print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy([Num.TWO])[0] is Num.TWO)
print(Shape.SQUARE.__reduce_ex__(4))
print(Shape.__name__, Shape.__qualname__, Shape.SQUARE.__class__, type(Shape.SQUARE).__mro__)
print(Shape.SQUARE._name_, Shape.SQUARE._value_, Shape._member_names_)
print(Shape.__doc__, Enum.__doc__.split('\n')[1])
print(bool(Shape), bool(Shape.SQUARE))
class Empty(Enum):
    pass
print(list(Empty), len(Empty), bool(Empty))
class Child(Empty):
    X = 1
print(Child.X, isinstance(Child.X, Empty))
