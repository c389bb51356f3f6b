# factorial, comb, perm, gcd, lcm, isqrt: exact on ints of any size.
import math

def t(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

print([math.factorial(n) for n in range(12)])
print(math.factorial(20), math.factorial(21), math.factorial(25))
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.factorial(True), math.factorial(False))
t(math.factorial, -1)
t(math.factorial, 5.0)
t(math.factorial, "5")
t(math.factorial, 10**20)
t(math.factorial, -10**20)

print([math.comb(10, k) for k in range(12)])
print(math.comb(100, 50), math.comb(1000, 3), math.comb(0, 0), math.comb(5, 6))
print(math.comb(10**20, 2), math.comb(10**20, 10**20 - 1), math.comb(10**20 + 5, 3))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(0))
print(math.perm(10**20, 2), math.perm(52, 5))
t(math.comb, -1, 2)
t(math.comb, 5, -2)
t(math.comb, 5.0, 2)
t(math.comb, 10**30, 10**29)
t(math.perm, -3, 2)
t(math.perm, 3, -1)
t(math.perm, 3, 1.0)
t(math.perm, 10**30, 10**20)
t(math.perm, -1)

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2**100, 2**80 * 3), math.gcd(3**50 * 2, 3**60 * 5, 3**55))
print(math.gcd(10**40 + 1, 10**30 + 1), math.gcd(2**64, 2**64 + 2), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(-6), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.lcm(2**64, 3**40), math.lcm(10**20, 10**19 * 3))
t(math.gcd, 1.5)
t(math.gcd, 4, 2.0)
t(math.gcd, 1, 4, "x")
t(math.lcm, 0, 1.5)
t(math.lcm, 2, "a")

print([math.isqrt(n) for n in range(20)])
print(math.isqrt(10**50), math.isqrt(10**51), math.isqrt(2**127 - 1), math.isqrt(2**64), math.isqrt(2**64 - 1))
for n in [10**100 + 12345, 2**521 - 1, 3**300]:
    r = math.isqrt(n)
    print(r * r <= n < (r + 1) * (r + 1), r % 1000)
print(math.isqrt(True))
t(math.isqrt, -1)
t(math.isqrt, 4.0)
t(math.isqrt, -10**30)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(math.factorial(Idx(6)), math.comb(Idx(6), Idx(2)), math.gcd(Idx(8), 12), math.isqrt(Idx(99)))
