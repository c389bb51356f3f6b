import types

C = types.new_class('C', (), {}, lambda ns: ns.update(x=1, hello=lambda self: 'hi'))
print(C, C.__name__, C.x, C().hello(), C.__bases__)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D) is Meta, D.from_prepare)
E = types.new_class('E', (D,))
print(type(E).__name__, E.__mro__)

print(types.prepare_class('X'))
meta, ns, kw = types.prepare_class('Y', (D,), {'a': 1})
print(meta.__name__, ns, kw)

class Entry:
    def __mro_entries__(self, bases):
        return (int,)
e = Entry()
print(types.resolve_bases((e, str)))
b = (str,)
print(types.resolve_bases(b) is b)
F = types.new_class('F', (e,))
print(F.__bases__, F.__orig_bases__ == (e,), F(3) + 1)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print("TypeError", e)

class M1(type): pass
class M2(type): pass
A1 = M1('A1', (), {})
A2 = M2('A2', (), {})
try:
    types.new_class('Z', (A1, A2))
except TypeError as e:
    print("TypeError", e)
class M3(M1): pass
print(types.prepare_class('W', (A1,), {'metaclass': M3})[0].__name__)
print(types.prepare_class('W', (M3('A3', (), {}),), {'metaclass': M1})[0].__name__)
print(types.prepare_class('W', (), {'metaclass': len})[0])
