# linecache.lazycache and module globals: a loader's get_source is asked only when lines
# are wanted; sys.path is searched for relative names
import linecache
import os
import sys


class Loader:
    def __init__(self, source):
        self.source = source
        self.calls = []

    def get_source(self, name):
        self.calls.append(name)
        if isinstance(self.source, Exception):
            raise self.source
        return self.source


loader = Loader('def f():\n    return 1\n\nlast')
g = {'__name__': 'virtual', '__loader__': loader}
print(linecache.lazycache('virtual.py', g), loader.calls, len(linecache.cache['virtual.py']))
print(linecache.lazycache('virtual.py', g), callable(linecache.cache['virtual.py'][0]))
print(linecache.getline('virtual.py', 2), end='')
print(loader.calls, linecache.getlines('virtual.py'))
e = linecache.cache['virtual.py']
print(e[0], e[1], e[3], linecache.lazycache('virtual.py', g))
linecache.checkcache()
print('virtual.py' in linecache.cache)

# getline with module_globals registers and loads at once
l2 = Loader('only\n')
print(linecache.getline('other.py', 1, {'__name__': 'other', '__loader__': l2}), end='')
print(l2.calls)
# a loader without source, a failing loader
print(linecache.getlines('nosrc.py', {'__name__': 'n', '__loader__': Loader(None)}), 'nosrc.py' in linecache.cache)
print(linecache.getlines('err.py', {'__name__': 'n', '__loader__': Loader(ImportError('no'))}))
print(linecache.getlines('err2.py', {'__name__': 'n', '__loader__': Loader(OSError('no'))}))
try:
    linecache.getlines('err3.py', {'__name__': 'n', '__loader__': Loader(ValueError('boom'))})
except ValueError as exc:
    print('ValueError', exc)


class Spec:
    def __init__(self, loader):
        self.loader = loader


print(linecache.lazycache('spec.py', {'__name__': 's', '__spec__': Spec(Loader('from spec\n'))}))
print(linecache.getline('spec.py', 1), end='')
for bad in [None, {}, {'__name__': 'x'}, {'__name__': '', '__loader__': loader}, {'__loader__': loader},
            {'__name__': 'x', '__loader__': object()}, {'__name__': 'x', '__spec__': object()}]:
    print(linecache.lazycache('bad.py', bad), end=' ')
print()
print(linecache.lazycache('<string>', g), linecache.lazycache('', g))
# an existing file is read from disk, not from the loader
here = os.path.basename(__file__) if '__file__' in dir() else '003_lazy.py'
l3 = Loader('not this\n')
print(repr(linecache.getline('003_lazy.py', 1, {'__name__': 'm', '__loader__': l3})), l3.calls)

# relative names are looked up along sys.path
TMP = '_tmp_linecache_003_%d' % os.getpid()
os.mkdir(TMP)
try:
    with open(os.path.join(TMP, 'onpath.py'), 'w') as fh:
        fh.write('found on sys.path\n')
    print(repr(linecache.getline('onpath.py', 1)))
    sys.path.insert(0, 17)   # not a directory name: skipped
    sys.path.insert(0, os.path.abspath(TMP))
    print(repr(linecache.getline('onpath.py', 1)))
    entry = linecache.cache['onpath.py']
    print(entry[3] == os.path.join(os.path.abspath(TMP), 'onpath.py'))
    print(repr(linecache.getline(os.path.abspath('nothere.py'), 1)))
    del sys.path[:2]
    os.remove(os.path.join(TMP, 'onpath.py'))
finally:
    os.rmdir(TMP)
