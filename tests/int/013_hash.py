# int hashes match CPython: modulus 2**61 - 1, hash(-1) == -2.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 5, -(2 ** 61), 2 ** 100, -(2 ** 100), 10 ** 30, 2 ** 47, -(2 ** 47) - 1]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 100) == hash(2.0 ** 100), hash(-(2 ** 70)) == hash(-(2.0 ** 70)))
d = {1: "a", 2 ** 80: "b"}
print(d[1.0], d[2.0 ** 80], d[True])
