# random() and getrandbits() after seeding with ints: small, negative, big, zero.
import random

for seed in [0, 1, -1, 2, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**64, -2**64,
             2**100 + 7, 10**50, -(10**50), 2**19937 - 1]:
    random.seed(seed)
    print(seed if seed < 10**60 else "big", [random.random() for i in range(3)])

random.seed(2024)
print([random.getrandbits(k) for k in (0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100)])
print(random.getrandbits(1000))
print(random.getrandbits(32).bit_length() <= 32, random.getrandbits(256) < 2**256)

# seed(n) and seed(-n) agree; True seeds like 1
random.seed(77); a = random.random()
random.seed(-77); b = random.random()
random.seed(True); c = random.random()
random.seed(1); d = random.random()
print(a == b, c == d)

# a long stream stays identical
random.seed(31337)
total = 0.0
for i in range(20000):
    total += random.random()
print(total, random.random())
random.seed(5)
print(sum(random.getrandbits(30) for i in range(5000)))
