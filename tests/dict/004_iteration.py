d = {'x': 1, 'y': 2, 'z': 3}
for k in d:
    print(k, end=' ')
print()
for k, v in d.items():
    print(k, v, end='; ')
print()
print(list(d.keys()), list(d.values()), list(d.items()))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
try:
    for k in d:
        del d['new']
except RuntimeError as e:
    print('RuntimeError:', e)
d2 = {1: 1, 2: 2}
try:
    for k in d2:
        del d2[k]
        d2[k + 10] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
d3 = {i: i for i in range(5)}
for k in d3:
    d3[k] = k * 10
print(d3)
it = iter({'a': 1, 'b': 2})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
print(sorted({'b': 1, 'a': 2}), max({'b': 1, 'a': 2}))
print(dict(enumerate('ab')))
print({k: v for k, v in zip('ab', 'xy')})
