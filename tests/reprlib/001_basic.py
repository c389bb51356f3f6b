# reprlib.repr with the default limits, for the common types
import reprlib
from reprlib import repr as r

print(r(1), r(-5), r(10**39), r(10**40), r(-10**40), r(2**200))
print(r('abc'), r(''), r('a' * 30), r('a' * 31), r('abcdefghijklmnopqrstuvwxyz' * 3))
print(r("it's"), r('q"uo\'te' * 10), r('\n' * 40), r('\u00e9' * 50), r(b'bytes' * 20))
print(r(()), r((1,)), r((1, 2)), r(tuple(range(6))), r(tuple(range(7))), r(tuple(range(100))))
print(r([]), r([1]), r(list(range(6))), r(list(range(7))), r([[1, 2], [3]]))
print(r(set()), r({1}), r({3, 1, 2}), r(set(range(10))), r({'b', 'a'}), r({1, 'a'}))
print(r(frozenset()), r(frozenset([5, 4])), r(frozenset(range(20))))
print(r({}), r({'a': 1}), r({'b': 2, 'a': 1}), r(dict.fromkeys(range(10))), r({1: 'x', 'a': 2}))
print(r(None), r(True), r(1.5), r(1e100), r(3 + 4j), r(Ellipsis), r(NotImplemented))
print(r(range(10)), r(range(10**50)), r(len), r(int))


class Long:
    def __repr__(self):
        return '<' + 'x' * 100 + '>'


class Short:
    def __repr__(self):
        return 'Short()'


class Broken:
    def __repr__(self):
        raise ValueError('no repr')


print(r(Long()), r(Short()), r([Long(), Short()]))
b = r(Broken())
print(b.startswith('<Broken instance at 0x'), b.endswith('>'))
print(r('x' * 100)[:5], len(r('x' * 100)), len(r(10**100)), len(r(Long())))
print(reprlib.aRepr.maxlevel, reprlib.aRepr.maxstring, reprlib.aRepr.fillvalue, reprlib.__all__)
a = reprlib.Repr()
print(a.maxlevel, a.maxtuple, a.maxlist, a.maxarray, a.maxdict, a.maxset, a.maxfrozenset, a.maxdeque,
      a.maxstring, a.maxlong, a.maxother, a.fillvalue)
