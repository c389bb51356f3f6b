# hypot takes any number of coordinates; dist is the hypot of the differences.
import math

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1, 1, 1, 1))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(5e-324, 5e-324, 5e-324))
print(math.hypot(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, -math.inf), math.hypot(math.nan, 1), math.hypot(-0.0))
print(math.hypot(0.0, 0.0), math.hypot(10**20, 10**20), math.hypot(True, 1))
print(math.hypot(*[0.1] * 100), math.hypot(*range(1, 50)))
print(math.hypot(1, 1e-16), math.hypot(0.7, 0.7, 0.1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((), ()), math.dist([5], [2]))
print(math.dist((1.5, -2.5), (-1.5, 2.5)), math.dist(range(5), range(5, 10)), math.dist((math.inf, 0), (0, 0)))
print(math.dist((1e308, -1e308), (-1e308, 1e308)))
def coords():
    yield 1
    yield 2
print(math.dist(coords(), (4, 6)))
for i in range(1, 30):
    v = [((i * k * 7919) % 997) / 13.0 for k in range(1, i % 7 + 2)]
    print(math.hypot(*v), math.dist(v, [x / 2 for x in v]))
