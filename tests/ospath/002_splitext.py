# os.path.splitext: the extension starts at the last dot of the last component, leading
# dots excluded
import os.path as p

for c in ['', 'a', 'a.b', 'a.b.c', '.a', '..a', '.a.b', 'a.', 'a..', '...', '.', '..',
          'dir.d/file', 'dir.d/.file', 'dir/.file.txt', 'dir/..file.txt', '/a/b.c/', 'a/b.c/d',
          'a.tar.gz', 'a/.', 'a/..', '.x.', 'no/ext', 'a.b/.c.d']:
    print(repr(c), p.splitext(c), p.splitext(c.encode()))


class P:
    def __fspath__(self):
        return 'x/y.z'


print(p.splitext(P()))
for bad in [1, None, ['a.b']]:
    try:
        p.splitext(bad)
    except TypeError as e:
        print('TypeError', e)
