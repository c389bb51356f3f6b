# fsum is exact (Shewchuk's partials, correctly rounded), prod multiplies anything.
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e-16, 1e16]), math.fsum([1e16, 1, 1e-16]))
print(math.fsum([2.0**53, 1.0, 2.0**-53]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum(x / 7 for x in range(1, 100)))
print(math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([10**20, 1, -10**20]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, math.inf]))
print(math.fsum([0.1, 0.2, 0.3, -0.6]), 0.1 + 0.2 + 0.3 - 0.6)
vals = [((i * 7919) % 1000 - 500) * 10.0 ** ((i % 40) - 20) for i in range(500)]
print(math.fsum(vals), math.fsum(reversed(vals)), math.fsum(sorted(vals)))

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2.5, 4]))
print(math.prod([], start=5), math.prod([2, 3], start=0.5), math.prod([2, 3], start=10**20))
print(math.prod([1, 2, 3], start=[0]) if False else math.prod([[1]], start=3))
print(math.prod(['ab', 3]), math.prod([3, 'ab']), math.prod([True, True]), math.prod([2] * 100))
from_gen = math.prod(x for x in range(1, 6))
print(from_gen, math.prod([1.5, 2, True]), math.prod([2**62, 2**62, -1]))
class V:
    def __init__(self, n):
        self.n = n
    def __mul__(self, other):
        return V(self.n * (other.n if isinstance(other, V) else other))
    def __rmul__(self, other):
        return V(other * self.n)
    def __repr__(self):
        return f"V({self.n})"
print(math.prod([V(2), V(3)]), math.prod([V(2), 5]))
try:
    math.prod([1, 'a', 'b'])
except TypeError as e:
    print(e)
try:
    math.prod(5)
except TypeError as e:
    print(e)
