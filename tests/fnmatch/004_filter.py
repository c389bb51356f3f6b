# fnmatch.filter; bytes patterns; type errors; the pattern cache
import fnmatch
from fnmatch import filter, fnmatch as fnm, fnmatchcase

names = ['a.py', 'b.py', 'c.txt', '.py', 'setup.py', 'README', 'x.PY', 'dir/y.py', 'py']
print(filter(names, '*.py'))
print(filter(names, '?.*'))
print(filter(names, '[!.]*'))
print(filter(names, '*'))
print(filter(names, ''))
print(filter(iter(names), '*.[pP][yY]'))
print(filter((n for n in names if 'a' in n), '*a*'))
print(filter([b'a.py', b'b.c'], b'*.py'), filter([], '*'), filter('abc', '[ab]'))


class P:
    def __fspath__(self):
        return '*.txt'


print(filter(names, P()))


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


show(fnmatchcase, 'a', b'a')
show(fnmatchcase, b'a', 'a')
show(fnmatchcase, 1, 'a')
show(fnmatchcase, 'a', 1)
show(fnmatchcase, 'a', None)
show(fnmatchcase, None, 'a')
show(fnmatchcase, 'a', ['a'])
show(fnmatchcase, P(), '*')
show(fnmatchcase, bytearray(b'ab'), b'a?')
show(fnmatchcase, 'a', bytearray(b'a'))
show(fnm, 1, 'a')
show(fnm, 'a', 1)
show(fnm, P(), '*.txt')
show(fnm, b'a', 'a')
show(filter, ['a', 1], 'a')
show(filter, ['a', b'a'], 'a')
show(filter, ['a'], 1)
show(filter, None, 'a')
show(filter, [P()], '*')
print(fnmatch.__all__)
# many patterns (the cache keeps answers consistent)
pats = ['*%d*' % i for i in range(300)]
print(sum(fnmatchcase('x%dy' % (i * 7 % 300), p) for i, p in enumerate(pats)))
print(sum(fnmatchcase('x%dy' % (i * 7 % 300), p) for i, p in enumerate(pats)))
