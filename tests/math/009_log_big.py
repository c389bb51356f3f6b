# Logarithms of ints too large for a float, and logs to other bases.
import math

for e in [100, 1023, 1024, 1025, 2000, 10000, 100000]:
    n = 2**e
    print(e, math.log(n), math.log2(n), math.log10(n), math.log(n, 2), math.log(n - 1), math.log2(n + 1))
for k in [308, 309, 400, 1000, 5000]:
    print(k, math.log10(10**k), math.log(10**k), math.log(10**k, 10), math.log10(7 * 10**k))
print(math.log(3**1000), math.log(3**1000, 3), math.log(10**500, 10**250))
print(math.log(2**1100 - 2**1000), math.log((2**53 + 1) << 1000), math.log(((2**53 + 1) << 1000) + 1))
print(math.log(True), math.log10(10), math.log2(1024), math.log(1024, 2.0), math.log(0.5, 4))
class Big(int):
    pass
print(math.log(Big(2**2000)), math.log2(Big(8)))
for bad in [0, -1, -(2**2000)]:
    try:
        math.log(bad)
    except ValueError as e:
        print(bad < 0, e)
try:
    math.log(2**2000, 1)
except ZeroDivisionError as e:
    print(e)
print(math.log(10, 2**3000) > 0, math.log(2**3000, 0.5))
