from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}|", Color.__doc__)
print(Color, list(Color), len(Color), Color.ALIAS is Color.RED, Color.__members__)
print(Color(1), Color['GREEN'], Color.RED.name, Color.RED.value, hash(Color.RED) == hash('RED'))
for bad in [lambda: Color(7), lambda: Color['X'], lambda: Color.RED < Color.GREEN, lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'RED'), lambda: Color.X]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
try:
    class More(Color): X = 5
except Exception as e: print(type(e).__name__, e)
try:
    class D(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
class I(IntEnum):
    ONE = 1
    TWO = 2
print(repr(I.ONE), str(I.ONE), format(I.ONE), f"{I.ONE:>5}|", I.ONE + 1, I.ONE == 1, I(2), I.ONE < I.TWO)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), format(S.A), S.A == 'a', S.B.upper())
class Mix(int, Enum):
    X = 1
    Y = 2
print(repr(Mix.X), str(Mix.X), format(Mix.X), f"{Mix.X:>5}|", Mix.X + 1)
class F(str, Enum):
    X = 'x'
print(repr(F.X), str(F.X), format(F.X))
class A(Enum):
    a = auto()
    b = auto()
    c = 10
    d = auto()
print(list(A), [m.value for m in A])
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(list(P), repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), repr(P.R|P.X), str(P.R|P.X), repr(~P.R), P.RW, repr(P(7)), format(P.R|P.X))
print(len(P.R|P.X), list(P.R|P.X), P.R in P.RW, bool(P(0)), P.__members__.keys())
try: P(8)
except Exception as e: print(type(e).__name__, e)
class IF(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IF.R|IF.W), str(IF.R|IF.W), format(IF.R), repr(IF(8)), repr(IF(12)), IF.R|8, repr(~IF.R), repr(IF(0)), IF.R + 1)
print(Color.__class__, type(Color), EnumMeta is EnumType, dir(Color))
print(dir(Color.RED))
print(Enum.__doc__ is None, Color.__doc__, I.__doc__)
