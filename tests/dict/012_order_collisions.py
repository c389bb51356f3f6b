# Dicts keep insertion order whatever the hashes: colliding keys, deletions, re-insertion,
# growth, and keys whose order in a set would differ.
d = {}
for k in (9, 17, 25, 1, 33, 'a', 'é', '😀', (1, 2), 1.5, -1, -2):
    d[k] = len(d)
print(d)
del d[17]
del d['a']
d[17] = 'again'
d['a'] = 'again'
print(d, list(d.keys()))
e = dict.fromkeys({9, 17, 25, 1})
print(e, dict.fromkeys([9, 17, 25, 1]))
f = {}
for i in range(100):
    f[i * 64] = i
for i in range(0, 100, 3):
    del f[i * 64]
print(list(f)[:10], len(f))
print({1: 'a', 1.0: 'b', True: 'c'}, {k: k for k in {'apple', 'banana', 'cherry'}})
print(set(d) == set(d.keys()), list({**d, 9: 'x'})[:3])
