a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([7], (8,)), a.intersection(b), a.intersection([1, 9], {1}))
print(a.difference(b), a.difference([1], [2]), a.symmetric_difference(b), a.symmetric_difference([1, 10]))
print(a.union(), a.intersection(), a.difference())
print(a <= b, a < a, a <= a, {1} < a, a > {1}, a >= a, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.issuperset({9}), a.isdisjoint(b), a.isdisjoint([7, 8]))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
print(c)
c -= {1}
c ^= {2, 20}
print(c)
d = set(range(10))
d.update([10], (11,), {12})
d.intersection_update(range(0, 20, 2))
print(d)
d.difference_update([0, 2], {4})
print(d)
d.symmetric_difference_update({6, 7})
print(d)
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, {3} | f, type({3} | f).__name__)
print(f & {1}, f - {1}, f ^ {1, 5}, type(f.copy()).__name__, f.copy() is f)
x = {5, 6}
x |= x
x ^= x
print(x)
y = {1, 2}
y -= y
print(y)
