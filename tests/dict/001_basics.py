d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, 'z' not in d)
del d['b']
print(d)
d['b'] = 4
print(d, list(d))
d['a'] = 10
print(d)
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'))
print(d.setdefault('a', 0), d.setdefault('n', []), d)
print(d.pop('n'), d.pop('missing', None), d)
print(d.popitem(), d)
e = d.copy()
e['q'] = 1
print(d, e)
e.clear()
print(e, len(e))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, z=0))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print({1: 'int', 1.0: 'float', True: 'bool'})
print({(1, 2): 'tuple', None: 'none', 2.5: 'float', -1: 'neg'})
f = {}
for i in range(100):
    f[i] = i * i
for i in range(0, 100, 2):
    del f[i]
print(len(f), f[99], sum(f), list(f)[:5])
