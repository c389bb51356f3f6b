# hash() of numbers, tuples and frozensets as CPython 3.11: ints and floats modulo 2**61-1,
# complex as real + 1000003 * imag, tuples by the xxHash-based combination, frozensets by
# the order-independent shuffle-and-xor.
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 64 + 3, -(2 ** 100), 10 ** 30]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, -1.5, 1e300, -1e-300, 5e-324, 2.0 ** 61, 1.1, float('inf'), -float('inf')]:
    print(v, hash(v))
for v in [1j, -1j, 1 + 1j, 1.5 - 2.5j, complex(1e300, 1e300), complex(-1, 0)]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
for v in [(), (0,), (-1,), (-2,), (1, 2), (2, 1), ((),), (((),),), (1, (2, (3, (4,)))), ('a', b'a', 1.5, 2j),
          tuple(range(20)), (2 ** 70, -2 ** 70), (True, False), (frozenset(), frozenset([1]))]:
    print(v, hash(v))
for v in [frozenset(), frozenset([0]), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]), frozenset('abc'),
          frozenset(range(50)), frozenset([frozenset(), frozenset([frozenset()])]), frozenset([(1, 2), 'x', 3.5])]:
    print(sorted(v, key=repr), hash(v))
s = frozenset(range(10))
t = set(range(20))
for i in range(10, 20):
    t.discard(i)
print(hash(s) == hash(frozenset(t)), hash(frozenset({1: 2})) == hash(frozenset([1])))
