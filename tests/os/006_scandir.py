# os.scandir: DirEntry objects (name, path, is_dir/is_file/is_symlink, stat, inode),
# the iterator as a context manager, str/bytes/descriptor paths
import os
import stat

TMP = '_tmp_os_006_%d' % os.getpid()
os.mkdir(TMP)
here = os.getcwd()
os.chdir(TMP)
try:
    os.mkdir('sub')
    with open('f', 'w') as fh:
        fh.write('12345')
    os.symlink('f', 'lnk')
    os.symlink('sub', 'lnkd')
    os.symlink('nowhere', 'broken')

    it = os.scandir()
    print(type(it).__name__, type(it).__module__)
    entries = sorted(it, key=lambda e: e.name)
    print(next(it, 'exhausted'))
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              os.fspath(e), e.inode() == os.lstat(e.name).st_ino)
    by_name = {e.name: e for e in entries}
    f = by_name['f']
    st = f.stat()
    print(st.st_size, f.stat() is st, f.stat(follow_symlinks=False) is st, os.path.samestat(st, os.stat('f')))
    lk = by_name['lnk']
    print(lk.stat().st_size, stat.S_ISLNK(lk.stat(follow_symlinks=False).st_mode), lk.stat() is not lk.stat(follow_symlinks=False))
    try:
        by_name['broken'].stat()
    except FileNotFoundError as e:
        print('FileNotFoundError', e, e.filename)
    print(stat.S_ISLNK(by_name['broken'].stat(follow_symlinks=False).st_mode))
    # the entry keeps its cached answers after the file is gone
    os.remove('f')
    print(f.stat().st_size, f.is_file(), os.path.exists('f'))

    print(sorted(e.path for e in os.scandir('.')))
    print(sorted(e.path for e in os.scandir('./')))
    print(sorted(e.path for e in os.scandir('sub/..'))[:2])
    print(sorted((e.name, e.path) for e in os.scandir(b'.'))[:2])
    print([repr(e) for e in os.scandir(b'.') if e.name == b'sub'])

    class P:
        def __fspath__(self):
            return 'sub'
    with open(os.path.join('sub', 'inner'), 'w'):
        pass
    print([(e.name, e.path) for e in os.scandir(P())])
    fd = os.open('sub', os.O_RDONLY)
    print([(e.name, e.path, e.is_file()) for e in os.scandir(fd)])
    print([(e.name, e.stat().st_size) for e in os.scandir(fd)], sorted(os.listdir(fd)))
    os.close(fd)

    # context manager, close
    with os.scandir('sub') as it:
        print(type(it).__name__, [e.name for e in it])
    print(list(it))
    it = os.scandir('sub')
    it.close()
    it.close()
    print(list(it))
    with os.scandir() as it:
        first = next(it)
    print(list(it), type(first).__name__)

    # errors
    for bad in [lambda: os.scandir('nope'), lambda: type(first)(), lambda: type(it)(),
                lambda: first.stat(True), lambda: first.is_dir(True), lambda: first.is_dir(x=1),
                lambda: first.is_symlink(1), lambda: os.scandir(1.5)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    try:
        first.name = 'x'
    except AttributeError as e:
        print('AttributeError', e)
    print(os.DirEntry is type(first), isinstance(first, os.PathLike))
    os.remove(os.path.join('sub', 'inner'))
    for name in ['lnk', 'lnkd', 'broken']:
        os.remove(name)
    os.rmdir('sub')
    print(os.listdir('.'), list(os.scandir()))
finally:
    os.chdir(here)
    os.rmdir(TMP)

# argument quirks of CPython 3.11 kept
with os.scandir() as it:
    pass
print(it.__exit__(1, 2, 3, 4), os.scandir().__exit__())
e = next(os.scandir())
print(e.is_symlink(x=1))
for bad in [lambda: e.inode(1), lambda: e.__fspath__(1), lambda: it.close(1)]:
    try:
        bad()
    except TypeError as exc:
        print('TypeError', exc)
