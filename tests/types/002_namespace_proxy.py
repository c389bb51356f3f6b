import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b)
ns.c = [1]
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(b='x', c=[1]))
print(types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
try:
    ns.zzz
except AttributeError as e:
    print("AttributeError", e)
class NS(types.SimpleNamespace):
    pass
print(NS(q=1))
print(types.SimpleNamespace(**{'a b': 1}))

mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp, len(mp), mp['k'], mp.get('z', 0), 'j' in mp, list(mp), list(mp.items()))
print(sorted(mp.keys()), sorted(mp.values()), mp.copy(), type(mp.copy()))
try:
    mp['k'] = 3
except TypeError as e:
    print("TypeError", e)
try:
    del mp['k']
except TypeError as e:
    print("TypeError", e)
try:
    mp['nope']
except KeyError as e:
    print("KeyError", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError", e)
d = {'live': 1}
view = types.MappingProxyType(d)
d['new'] = 2
print(view, mp == {'k': 1, 'j': 2})
print(mp | {'z': 9})
