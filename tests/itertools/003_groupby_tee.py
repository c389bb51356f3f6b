# groupby (groups share the source) and tee (independent copies of one iterator).
import itertools as it

print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")], list(it.groupby([])))
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
# a group is invalid once the groupby moves on
groups = []
for k, g in it.groupby("aabbc"):
    groups.append(g)
print([list(g) for g in groups])
gb = it.groupby("aaab")
k, g = next(gb)
print(k, next(g), [k2 for k2, g2 in gb], list(g))
gb = it.groupby("aabb")
k1, g1 = next(gb)
print(next(g1), next(gb)[0], list(g1))
print(type(g).__name__, type(gb).__name__)
data = [{"n": "a", "t": 1}, {"n": "b", "t": 1}, {"n": "c", "t": 2}]
for key, grp in it.groupby(data, key=lambda d: d["t"]):
    print(key, [d["n"] for d in grp])

a, b = it.tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee(iter("abcdef"), 3)
print(list(x), list(y)[:2], next(z))
print(it.tee([1], 0), len(it.tee("ab", 5)), type(it.tee("a")[0]).__name__)
a, b = it.tee(range(200))
print(sum(a), sum(b))
a, b = it.tee(x * x for x in range(100))
print(list(it.islice(a, 95, None)), next(b), list(b)[-1])
c = a.__copy__()
a, b = it.tee("xyz")
next(a)
c, d = it.tee(a)
print(list(c), list(d), list(a), list(b))
t = it._tee([1, 2, 3])
print(next(t), list(t.__copy__()), list(t))
# tee of a tee copies it
a, b = it.tee(iter([1, 2, 3]))
next(a)
c, = it.tee(a, 1)
print(list(c), list(a))
def gen():
    yield 1
    yield 2
a, b = it.tee(gen())
print(list(zip(a, b)))
