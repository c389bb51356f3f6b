from dataclasses import dataclass, field, FrozenInstanceError, fields

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(1, 2) <= Version(1, 2, 9), Version(2) > Version(1, 9), Version(1) >= Version(1))
print(Version(1, 2, 3) == Version(1, 2, 4))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)
print(Version.__hash__)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, hash(p) == hash((1, 2)), {p: 'a'}[Point(1, 2)])
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(UH(3)) == hash((3,)))

@dataclass
class ExplicitHash:
    a: int
    def __hash__(self):
        return 42
print(hash(ExplicitHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True)
    class Bad2:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(frozen=True)
    class Bad4:
        a: int
        def __setattr__(self, n, v):
            pass
except TypeError as e:
    print("TypeError", e)

@dataclass(repr=False, init=False)
class Manual:
    a: int = 1
    def __init__(self):
        self.a = 99
m = Manual()
print(m.a, repr(m).startswith('<'), Manual.__doc__)

@dataclass
class WithRepr:
    a: int
    secret: str = field(repr=False, default='s')
    c: int = field(init=False, default=7)
    d: list = field(init=False, default_factory=lambda: [1])
w = WithRepr(1)
print(w, w.c, w.d, WithRepr.__doc__)
try:
    WithRepr(1, 's', 3)
except TypeError as e:
    print("TypeError", e)

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW.__match_args__, KW.__doc__)
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)

@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 3
print(Mixed(1, 2), Mixed(1, b=0), Mixed.__doc__, Mixed.__match_args__)

@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, '__match_args__'))

@dataclass
class Pt:
    x: int
    y: int
def where(p):
    match p:
        case Pt(0, 0):
            return "origin"
        case Pt(x, 0):
            return f"on x at {x}"
        case Pt(x=0, y=y):
            return f"on y at {y}"
        case _:
            return "elsewhere"
print([where(p) for p in (Pt(0, 0), Pt(3, 0), Pt(0, 4), Pt(1, 1))])
