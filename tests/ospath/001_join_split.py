# os.path: join, split, basename, dirname, splitdrive, isabs, normcase on str and bytes
import os.path as p

cases = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b', '/a/b/', 'a//b', '//a//b//',
         '.', '..', './a', '../a/..', 'a/./b', '/..', 'a/b/c.d/e', '///a///b', 'x/']
for c in cases:
    print(repr(c), p.split(c), repr(p.basename(c)), repr(p.dirname(c)), p.isabs(c), p.splitdrive(c))
for c in cases[:8]:
    b = c.encode()
    print(repr(b), p.split(b), p.basename(b), p.dirname(b), p.isabs(b), p.splitdrive(b))

print(p.join('a'), p.join('a', 'b'), p.join('a/', 'b'), p.join('a', '/b'), p.join('a', 'b', '/c', 'd'))
print(repr(p.join('', 'a')), repr(p.join('a', '')), repr(p.join('', '')), repr(p.join('a', '', 'b')))
print(p.join('/', 'a'), p.join('//', 'a'), p.join('a', 'b/', 'c'), p.join('a', '.', '..'))
print(p.join(b'a', b'b'), p.join(b'/x', b'/y'), p.join(b''), p.join(b'a', b''))


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


print(p.join(P('a'), P('b')), p.join('a', P('b')), p.join(P(b'a'), b'b'), p.split(P('x/y')))
print(p.basename(P('x/y')), p.dirname(P(b'x/y')), p.isabs(P('/x')), p.normcase(P('A/b')), p.normcase(b'AB'))
print(p.sep, p.altsep, p.curdir, p.pardir, p.extsep, p.pathsep, p.defpath, p.devnull)
print(p.supports_unicode_filenames)
