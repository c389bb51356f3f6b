data = [('alice', 30), ('bob', 25), ('carol', 35), ('dave', 25)]
by_age = sorted(data, key=lambda p: p[1])
print(by_age)
names = list(map(lambda p: p[0], filter(lambda p: p[1] > 26, data)))
print(names)
print(dict(zip(*zip(*data))))
for i, (name, age) in enumerate(reversed(data), 1):
    print(i, name, age)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(list(map(sum, zip(*matrix))))
counts = {}
for w in 'the quick the lazy the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
s = set()
for a, b in zip(range(5), range(5, 0, -1)):
    s.add(a * b)
print(sorted(s))
print(list(enumerate(zip('ab', map(str.upper, 'ab')))))
