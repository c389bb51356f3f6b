class D(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
d = D(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(c, type(c).__name__, isinstance(c, dict))
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
l = Logged()
l['x'] = 1
l.update(y=2)
print(l)
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab'))
print(dict.fromkeys(range(3), 'v'))
class E(dict):
    pass
e = E({'k': 'v'}, z=1)
e.attr = 5
print(e, e.attr, e.copy(), type(e.copy()).__name__, e == {'k': 'v', 'z': 1})
print(dict.__getitem__(e, 'k'), dict.__len__(e))
