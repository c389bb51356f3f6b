# Which operand each set operation iterates, which table it starts from, and which of
# several equal keys (1, 1.0, True) ends up in the result.
a = {1, 2, 3, 50, 60}
b = {50, 1, 3, 99}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union([7, 15], (23,)), a.intersection([99, 60, 1], {1, 60}), a.difference([1], {2}))
print(a.symmetric_difference([8, 16, 1]), a.symmetric_difference({8: 0, 16: 0, 1: 0}))
# intersection iterates the smaller set and keeps its key
print({1, 2} & {1.0}, {1.0} & {1, 2}, {True} & {1, 5}, {1, 5} & {True, 7, 9})
print({1.0} | {1}, {1} | {1.0}, {1} - {1.0}, set([1.0]) ^ {True})
print({1, 1.0, True}, {True, 1.0, 1}, {0, False, 0.0, -0.0})
# a big set minus a small one copies, then discards
big = set(range(0, 80, 3))
print(big - {3, 9}, big - set(range(0, 80, 2)))
print(big.difference([3, 6, 9]), big.difference({3: 1, 6: 1}))
# set(set) and copy() copy the table when it has no dummies; set(list) adds one by one
src = set()
for x in (5, 13, 21, 29, 37, 45):
    src.add(x)
print(src, set(src), src.copy(), frozenset(src), set(list(src)), set(tuple(src)))
src.discard(13)
print(src, set(src), src.copy(), set(sorted(src)))
# update from a dict sizes the table first
print(set({k: 0 for k in (4, 12, 20, 28, 36)}), set(dict.fromkeys('hello world')))
# in-place operators
x = set(range(12))
x |= {40, 24}
print(x)
x &= set(range(0, 50, 4))
print(x)
x -= {0, 8}
print(x)
x ^= {1, 9, 17, 4}
print(x)
y = {7, 15}
y.intersection_update([15, 7, 23])
print(y)
y.symmetric_difference_update([31, 7, 39])
print(y)
z = {1, 2, 3}
print(z & z, z | z, z - z, z ^ z, z.intersection(z), z.union(z))
f = frozenset([9, 1, 17])
print(f | {25}, {25} | f, f & {17, 9}, f - {1}, f ^ {33, 1})
