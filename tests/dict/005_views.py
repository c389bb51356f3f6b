d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 2 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
d['d'] = 4
print(k, list(v))
print(sorted(k & {'a', 'b', 'x'}), sorted(k | {'x'}), sorted(k - {'a'}), sorted(k ^ {'a', 'y'}))
print(sorted({'a', 'z'} & k), sorted({'z'} | k), sorted({'a', 'z'} - k), sorted(['a', 'q'] ^ k))
print(k == {'a', 'b', 'c', 'd'}, k != {'a'}, k < {'a', 'b', 'c', 'd', 'e'}, k <= set('abcd'), k > {'a'}, k >= set('abcde'))
print(k == ['a', 'b', 'c', 'd'])
print(sorted(i & {('a', 1), ('b', 0)}), sorted(i - {('a', 1)}))
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint([('a', 1)]))
print(d.keys() == d.keys(), d.items() == {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print(v == v, v == d.values())
e = {}
print(e.keys(), e.values(), e.items())
print({1: [1, 2]}.items(), {(1,): None}.keys())
print(list(reversed(k)), list(reversed(i)))
print(k.mapping == d if hasattr(k, 'mapping') else 'n/a')
try:
    hash(k)
except TypeError as e:
    print('TypeError:', e)
r = {}
r['self'] = r.values()
print(r)
