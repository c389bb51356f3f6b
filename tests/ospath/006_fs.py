# os.path on the file system: exists, lexists, isfile, isdir, islink, ismount, getsize,
# getmtime/getatime/getctime, samefile, sameopenfile, samestat
import os
import os.path as p

TMP = '_tmp_ospath_006_%d' % os.getpid()
os.mkdir(TMP)
here = os.getcwd()
os.chdir(TMP)
try:
    os.mkdir('d')
    with open('f', 'w') as fh:
        fh.write('x' * 42)
    os.symlink('f', 'lf')
    os.symlink('d', 'ld')
    os.symlink('missing', 'lm')
    os.symlink('lloop', 'lloop')
    names = ['d', 'f', 'lf', 'ld', 'lm', 'lloop', 'missing', 'f/x', 'd/..', '', '.']
    print('name exists lexists isfile isdir islink ismount')
    for n in names:
        print(repr(n), p.exists(n), p.lexists(n), p.isfile(n), p.isdir(n), p.islink(n), p.ismount(n))
        b = n.encode()
        assert (p.exists(b), p.lexists(b), p.isfile(b), p.isdir(b), p.islink(b)) == \
            (p.exists(n), p.lexists(n), p.isfile(n), p.isdir(n), p.islink(n)), n
    print(p.ismount('/'), p.ismount(b'/'), p.exists('/'), p.isdir('/'))
    print(p.getsize('f'), p.getsize('lf'), p.getsize(b'f'))
    os.utime('f', (100, 200))
    print(p.getatime('f'), p.getmtime('f'), p.getctime('f') == os.stat('f').st_ctime)
    print(p.samefile('f', 'lf'), p.samefile('f', 'd'), p.samefile('d', 'ld/.'), p.samefile(b'f', 'lf'))
    print(p.samestat(os.stat('f'), os.lstat('lf')), p.samestat(os.stat('f'), os.stat('lf')))
    with open('f') as a, open('lf') as b, open(p.join('d', '..', 'f')) as c:
        print(p.sameopenfile(a.fileno(), b.fileno()), p.sameopenfile(a.fileno(), c.fileno()))
    for f in [p.getsize, p.getmtime]:
        try:
            f('missing')
        except FileNotFoundError as e:
            print('FileNotFoundError', e)
    try:
        p.samefile('f', 'missing')
    except FileNotFoundError as e:
        print('FileNotFoundError', e)

    class P:
        def __fspath__(self):
            return 'f'
    print(p.exists(P()), p.isfile(P()), p.getsize(P()), p.islink(P()))
    # the descriptor form of exists (os.stat accepts descriptors)
    fd = os.open('f', os.O_RDONLY)
    print(p.exists(fd), p.isfile(fd), p.isdir(fd))
    os.close(fd)
    print(p.exists(fd))
    for n in ['lf', 'ld', 'lm', 'lloop', 'f']:
        os.remove(n)
    os.rmdir('d')
finally:
    os.chdir(here)
    os.rmdir(TMP)
