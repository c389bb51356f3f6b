# isclose, nextafter, ulp, copysign, remainder, fmod, pow, degrees/radians.
import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(1e10, 1.00001e10, rel_tol=1e-4))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(math.inf, 1e308, abs_tol=math.inf), math.isclose(a=1, b=1.0000000001))
print(math.isclose(5, 5), math.isclose(-1, 1, rel_tol=2), math.isclose(1, 2, rel_tol=0.5, abs_tol=0))

print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf))
print(math.nextafter(-0.0, 1.0), math.nextafter(math.nan, 1.0), math.nextafter(1.0, math.nan), math.nextafter(2, 3))

for x in [1.0, 2.0, 0.1, 1e300, 1e-300, 5e-324, 0.0, -1.0, 1.7976931348623157e308, math.inf, math.nan, 3, 2**60]:
    print(x, math.ulp(x))
print(2**-24, 2.0**-1022, 2.0**1000, 2**-1074, 2.0**-1000)

for x, y in [(5, 3), (-5, 3), (5, -3), (5.5, 2), (-5.5, 2), (1e300, 1e-300), (0.0, 1), (-0.0, 2), (7, 7), (3, 1e300)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y), math.copysign(x, y))
for x, y in [(2, 10), (2, 0.5), (2, -2), (-2, 3), (-2, -3), (0, 0), (1, 10**6), (10, -400), (1.0000001, 1e9),
             (-1, 1e300), (4, 0.5), (0.0, 5), (-0.0, 5), (2, 1023), (2, -1074), (2, -1075)]:
    print(x, y, math.pow(x, y))
print(math.degrees(0), math.degrees(-math.pi / 2), math.degrees(2 * math.pi), math.radians(-90), math.radians(360))
print(math.degrees(math.radians(123.456)), math.radians(math.degrees(0.5)))
