# os.path.normpath and abspath
import os
import os.path as p

cases = ['', '.', '..', '/', '//', '///', '////', '/.', '/..', '/../..', 'a/..', 'a/../..',
         '../a/b/../c', 'a//b', 'a/./b', 'a/b/', './', './.', '/a/b/../../..', '//a/../b',
         '///a/./b/', 'a/b/../../../x', '../../x/..', '.../a', 'a/.../b/..', '//..', 'a/../.',
         '/./a/./b/./']
for c in cases:
    print(repr(c), repr(p.normpath(c)), repr(p.normpath(c.encode())))
cwd = os.getcwd()
for c in ['', '.', 'a', 'a/../b', '/x/y/..', '..', '/']:
    a = p.abspath(c)
    print(repr(c), a.startswith('/'), a == p.normpath(p.join(cwd, c)), p.abspath(c.encode()) == os.fsencode(a))
print(p.abspath('/a//b/./c/..'), p.abspath(b'/a//b/'))


class P:
    def __fspath__(self):
        return 'a/./b/../c'


print(p.normpath(P()), p.abspath(P()) == p.join(cwd, 'a/c'))
for bad in [1, None]:
    for f in [p.normpath, p.abspath]:
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)
