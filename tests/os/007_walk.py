# os.walk (top-down with pruning, bottom-up, onerror, followlinks), makedirs with
# exist_ok, removedirs, renames
import os

TMP = '_tmp_os_007_%d' % os.getpid()
os.mkdir(TMP)
here = os.getcwd()
os.chdir(TMP)


def touch(*parts):
    with open(os.path.join(*parts), 'w'):
        pass


def show_walk(*args, **kwargs):
    for top, dirs, files in os.walk(*args, **kwargs):
        dirs.sort()
        print(' ', top, dirs, sorted(files))


try:
    os.makedirs('a/b/c')
    os.makedirs('a/x')
    os.makedirs(os.path.join('a', 'y', 'z', ''))
    touch('a', 'f1')
    touch('a', 'b', 'f2')
    touch('a', 'b', 'c', 'f3')
    touch('a', 'y', 'z', 'f4')
    os.symlink('b', 'a/lnk')
    print('top-down')
    show_walk('a')
    print('pruned')
    for top, dirs, files in os.walk('a'):
        dirs.sort()
        if 'b' in dirs:
            dirs.remove('b')
        print(' ', top, dirs, sorted(files))
    print('followlinks')
    show_walk('a', followlinks=True)
    print('bottom-up')
    seen = []
    for top, dirs, files in os.walk('a', topdown=False):
        seen.append((top, sorted(dirs), sorted(files)))
    order = [t for t, d, f in seen]
    print(sorted(seen))
    print(order.index('a/b/c') < order.index('a/b') < order.index('a'), order[-1])
    print('bytes and PathLike')
    show_walk(b'a/b')

    class P:
        def __fspath__(self):
            return 'a/y'
    show_walk(P())
    print('errors')
    errors = []
    print(list(os.walk('missing')), list(os.walk('missing', onerror=errors.append)))
    print([(type(e).__name__, e.filename) for e in errors])
    print(list(os.walk('a/f1', onerror=lambda e: print('  onerror', type(e).__name__, e))))
    g = os.walk('a')
    print(type(g).__name__, next(g)[0])

    print('makedirs')
    for args in [('a/b',), ('a/b/c/f3/x',), ('a/new/deeper/.',), ('a/f1',)]:
        try:
            os.makedirs(*args)
            print('  made', args)
        except OSError as e:
            print('  ', type(e).__name__, e)
    os.makedirs('a/b', exist_ok=True)
    try:
        os.makedirs('a/f1', exist_ok=True)
    except FileExistsError as e:
        print('  FileExistsError', e)
    os.makedirs('m/n', 0o700)
    print(oct(os.stat('m/n').st_mode & 0o777), os.path.isdir('a/new/deeper'))
    os.makedirs(b'bm/bn')
    print(os.path.isdir('bm/bn'))

    print('removedirs')
    os.removedirs('m/n')
    print(os.path.exists('m'))
    touch('bm', 'keep')
    os.removedirs('bm/bn')
    print(os.path.exists('bm/bn'), os.path.exists('bm'))
    os.remove('bm/keep')
    os.rmdir('bm')
    try:
        os.removedirs('a/b')
    except OSError as e:
        print(type(e).__name__, e)

    print('renames')
    os.renames('a/y/z/f4', 'r/s/t/f4')
    print(os.path.exists('a/y'), os.path.isfile('r/s/t/f4'))
    os.renames('r/s/t/f4', 'a/f4')
    print(os.path.exists('r'), sorted(os.listdir('a')))
finally:
    for top, dirs, files in os.walk('.', topdown=False):
        for name in files:
            os.remove(os.path.join(top, name))
        for name in dirs:
            p = os.path.join(top, name)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.chdir(here)
    os.rmdir(TMP)
print(os.path.exists(TMP))
