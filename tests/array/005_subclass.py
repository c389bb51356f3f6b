# subclasses, iteration while changing, big arrays (exercise the collector)
from array import array

class Vec(array):
    def __new__(cls, tc, init=(), scale=1):
        self = super().__new__(cls, tc, [x * scale for x in init])
        self.scale = scale
        return self
    def total(self):
        return sum(self)

v = Vec('d', [1, 2, 3], scale=2)
print(v, v.scale, v.total(), type(v).__name__, isinstance(v, array), len(v), v.typecode)
print(type(v[:]).__name__, type(v + v).__name__, type(v * 2).__name__, v[1:], v == array('d', [2, 4, 6]))
v.append(8); v += array('d', [1]); print(v, type(v).__name__)
v.extra = 'x'; print(v.extra, sorted(vars(v)))
class Plain(array):
    pass
p = Plain('i', range(3))
print(p, repr(Plain('u', 'ab')), Plain('b'), p.tolist(), list(p), p.pop(), p)
try:
    Plain('i', x=1)
except TypeError as e:
    print(e)
class WithInit(array):
    def __init__(self, tc, init, tag):
        self.tag = tag
try:
    WithInit('i', [1], 'tag')
except TypeError as e:
    print(e)
class WithNew(array):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args)
    def __init__(self, tc, init=(), tag=None):
        self.tag = tag
w = WithNew('h', [1, 2], tag='t')
print(w, w.tag)
# removing items while iterating
a = array('i', range(6))
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
# many arrays and large ones
arrs = [array('q', range(i, i + 50)) for i in range(200)]
print(sum(len(x) for x in arrs), sum(arrs[-1]), arrs[5][10])
big = array('d')
for i in range(20000):
    big.append(i * 0.5)
print(len(big), big[-1], sum(big[:100]), big[::4000])
big[1000:] = array('d')
print(len(big), big.buffer_info()[1])
del big[10:]
print(big)
c = array('B', bytes(range(256))) * 10
print(len(c), c[2559], c.count(7), c.index(255, 300))
u = array('u', 'abc' * 1000)
print(len(u.tounicode()), u.tounicode()[:5], u[2998:])
s = array('I')
s.frombytes(bytes(range(16)) * 100)
print(len(s), s[:3], hex(s[-1]))
