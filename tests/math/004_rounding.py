# floor, ceil and trunc (with __floor__/__ceil__/__trunc__), modf, frexp, ldexp.
import math

for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e16 + 0.5, 1e300, -1e300, 4.999999999999999]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for n in [0, 7, -7, 10**30, -(10**30), True, False]:
    print(n, math.floor(n), math.ceil(n), math.trunc(n), type(math.ceil(n)).__name__)
print(math.floor(1e300) == 10**300, math.floor(2.0**70) == 2**70)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __floor__(self):
        return self.cents // 100
    def __ceil__(self):
        return -(-self.cents // 100)
    def __trunc__(self):
        return int(self.cents / 100)
    def __float__(self):
        return self.cents / 100

m = Money(-250)
print(math.floor(m), math.ceil(m), math.trunc(m), math.sqrt(Money(400)))

class OnlyFloat:
    def __float__(self):
        return 2.7
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print(e)

class FloorReturnsStr:
    def __floor__(self):
        return "floor!"
print(math.floor(FloorReturnsStr()))

class F(float):
    def __floor__(self):
        return "subclass floor"
print(math.floor(F(2.5)), math.ceil(F(2.5)))

class I(int):
    pass
print(math.floor(I(5)), type(math.floor(I(5))).__name__, math.trunc(I(-3)))

# the special method is looked up on the type, not the instance
m2 = Money(199)
m2.__floor__ = lambda: 42
print(math.floor(m2))

for x in [3.75, -3.75, 1e20, 0.1, 1.0, -2.0, 5e-324]:
    print(x, math.modf(x), math.frexp(x))
for x, i in [(0.75, 3), (1.0, -1074), (1.0, 1023), (1.5, -1075), (1.0, -1080), (-3.0, 10), (1, True)]:
    print(x, i, math.ldexp(x, i))
m, e = math.frexp(123456.789)
print(m, e, math.ldexp(m, e) == 123456.789)
