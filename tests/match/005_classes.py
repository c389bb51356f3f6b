# Class patterns: isinstance, then attributes by keyword or by position (__match_args__).
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Named(Point):
    pass

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"flat 3d {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Point3(z=z) if z < 0:
            return f"below, z={z}"
        case Point(x, y):
            return f"{type(p).__name__} {x},{y}"
        case Point():
            return "never"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Point3(1, 2, 0), Point3(0, 0, 0),
          Point3(1, 1, -1), Point3(1, 1, 1), Named(4, 4), (0, 0), None]:
    print(where(p))

# No __match_args__: keywords only. Missing attributes mean no match.
class Box:
    def __init__(self, **kw):
        self.__dict__.update(kw)

def box(b):
    match b:
        case Box(width=w, height=h):
            return f"{w}x{h}"
        case Box(width=w):
            return f"{w} wide"
        case Box():
            return "empty box"

print(box(Box(width=2, height=3)), box(Box(width=5)), box(Box()))

# Attributes come from getattr: properties, class attributes, __getattr__.
class Computed:
    kind = "class attribute"
    @property
    def area(self):
        return 6
    def __getattr__(self, name):
        if name == "magic":
            return "from __getattr__"
        raise AttributeError(name)

match Computed():
    case Computed(kind=k, area=a, magic=m):
        print(k, a, m)
match Computed():
    case Computed(nothing=n):
        print("no")
    case Computed():
        print("missing attribute: no match")

# A property raising AttributeError also means no match.
class Flaky:
    @property
    def value(self):
        raise AttributeError("not today")
match Flaky():
    case Flaky(value=v):
        print("no")
    case _:
        print("Flaky did not match")

# __match_args__ may name fewer attributes than exist, and may be inherited.
class Pair:
    __match_args__ = ("left",)
    def __init__(self, left, right):
        self.left, self.right = left, right
class SubPair(Pair):
    pass
match SubPair(1, 2):
    case Pair(l, right=r):
        print("SubPair via Pair", l, r)
match SubPair(1, 2):
    case SubPair(1):
        print("inherited __match_args__")

# The class expression can be dotted.
class models:
    Point = Point
match Point(7, 8):
    case models.Point(a, b):
        print("dotted class", a, b)

# isinstance honours __instancecheck__ on the metaclass.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 10
class Big(metaclass=Meta):
    pass
for v in [5, 50]:
    match v:
        case Big():
            print(v, "is Big")
        case _:
            print(v, "is small")

# object() matches everything; empty class patterns only check the type.
match 3.5:
    case object():
        print("object() matches 3.5")
