# os.path: the TypeErrors for wrong types and for mixing str and bytes
import os.path as p


def show(f, *args):
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class P:
    def __fspath__(self):
        return 'pl'


show(p.join, 'a', b'b')
show(p.join, b'a', 'b')
show(p.join, 'a', 1)
show(p.join, 1, 'a')
show(p.join, b'a', None)
show(p.join, 'a', P(), b'x')
show(p.join, 'a', [])
show(p.join, 1)
show(p.join, [])
show(p.join)
show(p.split, 1)
show(p.basename, None)
show(p.dirname, 3.5)
show(p.isabs, 1)
show(p.relpath, 'a', b'b')
show(p.relpath, b'a', 'b')
show(p.relpath, 'a', 1)
show(p.relpath, '')
show(p.relpath, b'')
show(p.relpath, None)
show(p.commonpath, ['a', b'b'])
show(p.commonpath, [b'a', 'b'])
show(p.commonpath, ['a', 1])
show(p.commonpath, [])
show(p.commonpath, ['/a', 'b'])
show(p.commonprefix, ['a', b'b'])
show(p.commonprefix, [1, 2])
show(p.commonprefix, [])
show(p.expanduser, 1)
show(p.expandvars, None)
show(p.normcase, 1)
show(p.realpath, 1)
show(p.exists, 1.5)
show(p.exists, 'a\0b')
show(p.isdir, b'a\0b')
show(p.isfile, None)
show(p.islink, 1.5)
show(p.lexists, 'a\0b')
show(p.getsize, 1.5)
show(p.samefile, '.', 1.5)
show(p.samefile, '.', '.')
