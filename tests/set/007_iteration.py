s = {1, 2, 3}
it = iter(s)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
print(sorted(s))
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(sum({1, 2, 3}), sorted({5, 3, 9}), max({4, 8}), list({7}))
print({x % 3 for x in range(10)})
print(set(map(abs, [-1, 1, -2])))
a, b = {10, 20}
print(a + b)
