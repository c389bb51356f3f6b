# os.path.relpath, commonpath, commonprefix
import os
import os.path as p

for path, start in [('/a/b/c', '/a/d'), ('/a/b', '/a/b'), ('/a', '/a/b/c'), ('/', '/a'), ('/a', '/'),
                    ('a/b', 'a'), ('a', 'a/b'), ('/x/y', None), ('b/../c', 'd/./e'), ('/a//b/', '/a'),
                    ('/ab', '/a'), ('.', '..')]:
    if start is None:
        r = p.relpath(path, '/')
    else:
        r = p.relpath(path, start)
    print(repr(path), repr(start), repr(r), repr(p.relpath(path.encode(), (start or '/').encode())))
cwd = os.getcwd()
print(p.relpath(cwd), p.relpath(p.join(cwd, 'x', 'y')), p.relpath('z'), p.relpath(b'z/..'))
print(p.relpath(p.dirname(cwd)), p.relpath('/') == p.join(*[p.pardir] * (len(cwd.split('/')) - 1)))

for paths in [['/a/b/c', '/a/b/d'], ['/a/b', '/a/bc'], ['a/b', 'a'], ['a', 'b'], ['/'], ['/a', '/'],
              ['a/./b', 'a/b/c'], ['./a', 'a/b'], ['//a', '/a/b'], ['a//b', 'a/b/'], ['', ''], ['x']]:
    print(paths, repr(p.commonpath(paths)), repr(p.commonpath([x.encode() for x in paths])))
print(p.commonpath(iter(['/q/r', '/q/s'])), p.commonpath(('/q/r',)))

for m in [[], ['abc'], ['abc', 'abd'], ['abc', 'xyz'], ['ab', 'abc', 'a'], ['/usr/lib', '/usr/local'],
          [b'ab', b'ac'], [['a', 'b'], ['a', 'c']], [('x', 'y', 'z'), ('x', 'y')], ['', 'a']]:
    print(m, repr(p.commonprefix(m)))
