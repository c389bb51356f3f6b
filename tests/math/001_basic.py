# Constants and the elementary functions on ordinary values.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi), math.tau == 2 * math.pi)
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 123.456]:
    print(x, math.sqrt(x), math.exp(x), math.expm1(x), math.log1p(x))
for x in [0.5, 1.0, 2.0, 10.0, 1e-300, 1e300]:
    print(x, math.log(x), math.log2(x), math.log10(x))
print(math.log(100, 10), math.log(8, 2), math.log(2, 8), math.log(1, 3))
for x in [0.0, 0.1, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 100.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [-1.0, -0.5, 0.0, 0.25, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x))
for x in [0.0, 0.5, 1.0, -2.0, 3.0, 20.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [1.0, 1.5, 2.0, 10.0, 1e10]:
    print(x, math.acosh(x))
for x in [0.0, 0.5, -0.5, 0.9, -0.999999]:
    print(x, math.atanh(x))
for x in [0.0, 1.0, 8.0, 27.0, -27.0, 1000.0, 2.0, 1e-300]:
    print(x, math.cbrt(x))
for x in [0.0, 1.0, 0.5, 10.0, -3.0, 1023.0, -1074.0, 3.3]:
    print(x, math.exp2(x))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
# ints and other numbers are accepted wherever a float is
print(math.sqrt(16), math.sqrt(True), math.exp(0), math.sin(0))
class Num:
    def __float__(self):
        return 2.25
class Idx:
    def __index__(self):
        return 9
print(math.sqrt(Num()), math.sqrt(Idx()), math.log(Idx(), 3))
print(math.sqrt(10**20), math.sqrt(2**100))
