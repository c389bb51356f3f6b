from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), len(Color), Color.WHITE, list(Color.WHITE), len(Color.WHITE))
p = Color.RED | Color.BLUE
print(repr(p), str(p), p.name, p.value, list(p), Color.RED in p, Color.GREEN in p, bool(p))
print(repr(Color.RED & Color.GREEN), repr(Color.WHITE & ~Color.RED), repr(~Color.WHITE), repr(~Color(0)))
print(repr(Color.RED ^ Color.WHITE), Color(3) is (Color.RED | Color.GREEN), Color(0).name)
print(Color.RED | Color.RED is Color.RED)
try:
    Color(8)
except ValueError as e:
    print("ValueError", e)
try:
    Color.RED | 1
except TypeError as e:
    print("TypeError", e)
try:
    1 in Color.RED
except TypeError as e:
    print("TypeError", e)
print(Color._boundary_, FlagBoundary.STRICT, list(FlagBoundary))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), Perm.R | Perm.W, Perm.R + 0, Perm(7), repr(Perm(7)), repr(Perm(0)))
print(repr(Perm.R | 8), repr(Perm(9)), repr(~Perm.R), repr(~Perm(0)), repr(Perm.R & 6), repr(3 | Perm.R))
print(list(Perm(7)), list(Perm), Perm.W in Perm(6), isinstance(Perm.R, int), format(Perm.R | Perm.X, '05b'))
print(repr(Perm(-1)), Perm.R == 4, sorted([Perm.R, Perm.X]))

class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 4
print(repr(Conf(7)), repr(Conf(2)))
class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(Ej(7)), type(Ej(7)).__name__, repr(Ej(3)))
class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Kp(5)), str(Kp(8)))

class Big(Flag):
    A = 1
    B = 2
    AB = 3
    C = 8
print(list(Big), repr(Big(11)), repr(Big.AB), Big.__members__.keys(), repr(Big(0)))
try:
    Big(4)
except ValueError as e:
    print("ValueError", e)
class Neg(IntFlag):
    A = 1
    B = 2
print(repr(Neg(-1)), repr(Neg(-2)), repr(Neg(-4)))
