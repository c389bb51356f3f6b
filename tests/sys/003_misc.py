# argv, path, modules, recursion limit, intern, exc_info/exception, getsizeof, std streams.
import sys

print(sys.argv, type(sys.path).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print(sys.modules['__main__'].__name__, type(sys.modules).__name__)
import math
print(sys.modules['math'] is math)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
def t(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
t(sys.setrecursionlimit, 0)
t(sys.setrecursionlimit, 1.5)
t(sys.setrecursionlimit, 'x')
t(sys.intern, 5)
t(sys.intern, b'x')
s1 = ''.join(['inter', 'ned'])
print(sys.intern(s1) is sys.intern('interned'), sys.intern(s1) == s1)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    tp, val, tb = sys.exc_info()
    print(tp.__name__, val is e, type(tb).__name__, sys.exception() is e)
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def gen():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield sys.exception()
print(repr(next(gen())))
# getsizeof: positive ints, growing with the object (exact numbers differ from CPython)
print(all(isinstance(sys.getsizeof(o), int) and sys.getsizeof(o) > 0 for o in [0, 1.0, 'abc', [], {}, (), None, object(), sys]))
print(sys.getsizeof('a' * 1000) > sys.getsizeof('a'), sys.getsizeof(list(range(100))) > sys.getsizeof([]))
print(sys.getsizeof(2**1000) > sys.getsizeof(1), sys.getsizeof((1, 2, 3)) > sys.getsizeof(()))
class Sized:
    def __sizeof__(self):
        return 1000
class NoSize:
    def __sizeof__(self):
        raise TypeError('no size')
class Neg:
    def __sizeof__(self):
        return -1
class Bad:
    def __sizeof__(self):
        return 'x'
print(sys.getsizeof(Sized()) >= 1000, sys.getsizeof(NoSize(), 'dflt'), sys.getsizeof(obj=1) if False else 0)
t(sys.getsizeof, NoSize())
t(sys.getsizeof, Neg())
t(sys.getsizeof, Bad())
t(sys.getsizeof)
n = sys.stdout.write('written\n')
print(n, sys.stdout.flush(), sys.stderr.flush())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
