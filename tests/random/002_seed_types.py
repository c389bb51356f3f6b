# Seeding with str, bytes, bytearray (versions 1 and 2), floats; unsupported seeds.
import random

for s in ["", "a", "hello", "héllo wörld", "x" * 1000, b"", b"abc", bytearray(b"abc"), b"\x00\xff" * 64]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.randrange(1000))
for s in ["", "abc", b"abc", "héllo"]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())
for s in [0.0, 1.0, 1.5, -2.25, 1e100, 3.141592653589793]:
    random.seed(s)
    print(s, random.random())

# "abc" and b"abc" seed alike in version 2; bytearray too
random.seed("abc"); x = random.random()
random.seed(b"abc"); y = random.random()
random.seed(bytearray(b"abc")); z = random.random()
print(x == y == z)

for bad in [[1], {1: 2}, (1, 2), {1}, object(), 1j]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)

# seed() and seed(None) use fresh entropy: just check they run
random.seed()
random.seed(None)
r1 = random.Random()
r2 = random.Random()
print(0.0 <= r1.random() < 1.0, r1.getrandbits(64) != r2.getrandbits(64))
