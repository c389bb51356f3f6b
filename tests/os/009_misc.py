# os: fspath and PathLike, fsencode/fsdecode, urandom, cpu_count, times, uname, umask,
# strerror, the wait-status helpers, system, kill
import os
import sys


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


class S(str):
    pass


class NoPath:
    __fspath__ = None


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('p')), os.fspath(P(b'pb')), type(os.fspath(S('x'))).__name__)
for bad in [1, None, P(1), P(None), NoPath()]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike),
      issubclass(str, os.PathLike), isinstance(NoPath(), os.PathLike))


class Sub(os.PathLike):
    def __fspath__(self):
        return 'sub'


print(os.fspath(Sub()), isinstance(Sub(), os.PathLike), os.PathLike.__name__, os.PathLike.__module__)

print(os.fsencode('abc'), os.fsencode(b'abc'), os.fsencode(P('p')), os.fsencode('\u00e9\udcff'))
print(os.fsdecode(b'abc'), os.fsdecode('abc'), os.fsdecode(P(b'p')), ascii(os.fsdecode(b'\xc3\xa9\xff')))
for bad in [1, P(1)]:
    try:
        os.fsencode(bad)
    except TypeError as e:
        print('TypeError', e)

u = os.urandom(16)
print(type(u), len(u), len(os.urandom(0)), os.urandom(1000) != os.urandom(1000))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
n = os.cpu_count()
print(type(n), n >= 1)

t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.system >= 0, t.elapsed > 0, t[4] == t.elapsed)
print(type(t).n_fields, type(t).__match_args__, repr(type(t)((1, 2, 3, 4, 5))))
un = os.uname()
print(len(un), un.sysname, un[0] == un.sysname, all(type(x) is str for x in un), type(un).__match_args__)
print(repr(type(un)(('a', 'b', 'c', 'd', 'e'))))

old = os.umask(0o27)
print(oct(os.umask(old)))

print(os.strerror(1), '|', os.strerror(13), '|', os.strerror(-1))
for status in [0, 256, 768, 9, 0x8b, 0x137f]:
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
          os.WIFSTOPPED(status), os.WSTOPSIG(status), end=' ')
    try:
        print(os.waitstatus_to_exitcode(status))
    except ValueError as e:
        print('ValueError', e)
print(os.WIFEXITED(status=0))

sys.stdout.flush()
print(os.system('exit 3'), os.waitstatus_to_exitcode(os.system('exit 5')), os.system(b'true'))
print(os.kill(os.getpid(), 0))
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print('ProcessLookupError', e)
