# os.stat_result: a struct sequence with three unnamed visible fields (the integer times)
import os
import stat

sr = os.stat_result
print(sr.n_sequence_fields, sr.n_fields, sr.n_unnamed_fields, sr.__match_args__)
r = sr(range(10))
print(r)
print(len(r), r[0], r[6], r[7], r[-1], r[2:5], list(r)[7:], tuple(r) == tuple(range(10)))
print(r.st_mode, r.st_size, r.st_atime, r.st_mtime, r.st_ctime)
print(r.st_atime_ns, r.st_blksize, r.st_blocks, r.st_rdev)
r2 = sr(range(10), {'st_atime': 1.5, 'st_mtime_ns': 99, 'st_blocks': 7})
print(r2.st_atime, r2.st_mtime, r2.st_mtime_ns, r2.st_blocks, r2[7])
r3 = sr(tuple(range(19)))
print(r3.st_atime, r3.st_ctime_ns, r3.st_rdev, len(r3), r3 == tuple(range(10)))
print(r.__reduce__()[0] is sr, sorted(r.__reduce__()[1][1]))
print(r == sr(range(10)), isinstance(r, tuple), hash(r) == hash(tuple(range(10))))
for bad in [(1,) * 9, (1,) * 20, 5]:
    try:
        sr(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    r.st_mode = 5
except AttributeError as e:
    print('AttributeError', e)
match r:
    case sr(st_mode=0, st_size=size):
        print('match', size)

# real files, relations only
TMP = '_tmp_os_003_%d' % os.getpid()
os.mkdir(TMP)
try:
    f = os.path.join(TMP, 'f')
    with open(f, 'wb') as fh:
        fh.write(b'x' * 1000)
    s = os.stat(f)
    print(type(s) is sr, len(s), stat.S_ISREG(s.st_mode), stat.S_ISDIR(s.st_mode), s.st_size)
    print(stat.S_IMODE(s.st_mode) == s.st_mode & 0o7777, s.st_nlink, s.st_uid == os.getuid())
    print(type(s.st_mtime), type(s[8]), s[8] == int(s.st_mtime), s.st_mtime_ns // 10**9 == s[8])
    print(abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-6, s.st_blksize > 0, s.st_blocks >= 0)
    print(s.st_ino == s[1], s.st_dev == s[2], os.path.getmtime(f) == s.st_mtime)
    d = os.stat(TMP)
    print(stat.S_ISDIR(d.st_mode), stat.filemode(d.st_mode)[0], stat.filemode(s.st_mode)[0])
    # lstat and stat on a symlink
    link = os.path.join(TMP, 'l')
    os.symlink('f', link)
    ls = os.lstat(link)
    print(stat.S_ISLNK(ls.st_mode), stat.S_ISLNK(os.stat(link).st_mode), ls.st_size)
    print(os.stat(link, follow_symlinks=False) == ls, os.stat(link) == s)
    print(os.path.samestat(os.stat(link), s), os.path.samestat(ls, s))
    # fstat, stat of a descriptor
    fd = os.open(f, os.O_RDONLY)
    print(os.fstat(fd) == s, os.stat(fd) == s, os.fstat(fd=fd).st_size)
    os.close(fd)
    # dir_fd
    dfd = os.open(TMP, os.O_RDONLY)
    print(os.stat('f', dir_fd=dfd) == s, os.lstat('l', dir_fd=dfd) == ls)
    os.close(dfd)
    # utime
    os.utime(f, (1000000000, 1500000000.25))
    s = os.stat(f)
    print(s.st_atime, s.st_mtime, s[7], s[8], s.st_mtime_ns)
    os.utime(f, ns=(5 * 10**9 + 1, 7 * 10**9 + 123456789))
    s = os.stat(f)
    print(s.st_atime_ns, s.st_mtime_ns, s.st_mtime, os.path.getatime(f))
    os.utime(f)
    print(os.stat(f).st_mtime > 1500000000)
    # bytes and PathLike paths
    class P:
        def __fspath__(self):
            return f
    print(os.stat(os.fsencode(f)) == os.stat(P()), os.stat(P()).st_size)
    # truncate
    os.truncate(f, 10)
    print(os.stat(f).st_size)
    fd = os.open(f, os.O_RDWR)
    os.ftruncate(fd, 3)
    os.truncate(fd, 2)
    print(os.fstat(fd).st_size)
    os.close(fd)
    os.remove(link)
    os.remove(f)
finally:
    os.rmdir(TMP)
