# product, permutations, combinations, combinations_with_replacement, zip_longest.
import itertools as it

print(list(it.product("ab", "xy")), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product("ab", repeat=0)), list(it.product("ab", [])), list(it.product([])))
print(list(it.product("ab", (1, 2), repeat=2))[:6], len(list(it.product(range(3), range(4), range(5)))))
print(list(it.permutations("abc")), list(it.permutations("abcd", 2)))
print(list(it.permutations(range(3), 0)), list(it.permutations("ab", 3)), list(it.permutations([])))
print(list(it.permutations([], 0)), list(it.permutations("abc", None)), len(list(it.permutations(range(6)))))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations("abc", 0)), list(it.combinations("abc", 4)), list(it.combinations([], 0)), list(it.combinations([], 1)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement("ab", 3)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("a", 0)))
print(len(list(it.combinations(range(20), 3))), len(list(it.combinations_with_replacement(range(10), 4))))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest("ab", [1], [True, False, None])))
print(list(it.zip_longest()), list(it.zip_longest([], [])), list(it.zip_longest("abc")))
print(list(it.zip_longest(range(3), it.repeat(0, 1), fillvalue=None)))
# results are fresh tuples; the inputs are read once
p = it.product([1, 2], [3])
r1 = next(p); r2 = next(p)
print(r1, r2, r1 is r2)
seen = []
def src():
    for x in "abc":
        seen.append(x)
        yield x
cmb = it.combinations(src(), 2)
print(seen, next(cmb), list(cmb))
# sum of all 4-permutations of 8 items, as a check on order
s = 0
for i, p in enumerate(it.permutations(range(8), 4)):
    s += i * (p[0] * 1000 + p[1] * 100 + p[2] * 10 + p[3])
print(s)
s = 0
for i, c in enumerate(it.combinations(range(12), 5)):
    s += i * sum(v * 13 ** k for k, v in enumerate(c))
print(s)
s = 0
for i, c in enumerate(it.combinations_with_replacement(range(6), 4)):
    s += i * sum(v * 7 ** k for k, v in enumerate(c))
print(s)
