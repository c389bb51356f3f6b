# tofile / fromfile on binary files
from array import array
import os

def check(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

p = 'array_tofile_%d.bin' % os.getpid()   # the test runs in several copies at once
try:
    with open(p, 'wb') as f:
        array('h', [1, 2, 3]).tofile(f)
        array('h').tofile(f)
        array('d', [0.5]).tofile(f)
        array('B', range(256)).tofile(f)
    print(os.path.getsize(p))
    with open(p, 'rb') as f:
        a = array('h')
        a.fromfile(f, 2)
        print(a)
        a.fromfile(f, 0)
        b = array('d')
        check(b.fromfile, f, 0)
        c = array('h')
        c.fromfile(f, 1)
        d = array('d')
        d.fromfile(f, 1)
        print(a, c, d)
        e = array('B')
        check(e.fromfile, f, 300)
        print(len(e), e[-1])
        check(e.fromfile, f, 1)
        check(a.fromfile, f, -1)
        check(a.fromfile, f, 'x')
        check(a.fromfile, 'x', 1)
        check(a.fromfile, f)
    class Odd:
        def read(self, n):
            return b'abc'
    class NotBytes:
        def read(self, n):
            return 'abcd'
    check(array('h').fromfile, Odd(), 2)
    check(array('h').fromfile, NotBytes(), 2)
    check(array('h').tofile, 'x')
    class Sink:
        def __init__(self):
            self.parts = []
        def write(self, b):
            self.parts.append(b)
    s = Sink()
    array('q', range(20000)).tofile(s)
    print([len(x) for x in s.parts], type(s.parts[0]).__name__)
    s = Sink()
    array('q').tofile(s)
    print(s.parts)
finally:
    os.remove(p)
for f in (lambda: array('h').tofile(), lambda: array('h').tofile(1, 2), lambda: array('h').fromfile(1, 2, 3),
          lambda: array('h').tofile(f=1), lambda: array('h').fromfile(1)):
    try:
        f()
    except TypeError as e:
        print(e)
