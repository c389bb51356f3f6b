# float hashes agree with int hashes for integral values.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e100, -1e-100, 2.0 ** 61, 2.0 ** 62, 123.456, float("inf"), float("-inf")]:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(-1.0) == hash(-1) == -2, hash(2.0 ** 100) == hash(2 ** 100))
print(hash(1e20) == hash(10 ** 20), hash(float(2 ** 80 + 2 ** 30)) == hash(2 ** 80 + 2 ** 30))
s = {1, 1.0, True, 2.0, 2}
print(len(s))
