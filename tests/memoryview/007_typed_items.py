# Items of the other formats: unpacking and packing with CPython's range and type errors.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def store(fmt, value, n=8):
    def f():
        v = memoryview(bytearray(n)).cast(fmt)
        v[0] = value
        return v[0]
    return f

for fmt, values in [('b', [127, -128, 128, -129]), ('B', [0, 255, 256, -1]),
                    ('h', [32767, -32768, 32768]), ('H', [65535, 65536, -1]),
                    ('i', [2**31 - 1, -2**31, 2**31]), ('I', [2**32 - 1, 2**32, -1]),
                    ('q', [2**63 - 1, -2**63, 2**63]), ('Q', [2**64 - 1, 2**64, -1]),
                    ('l', [5, 2**63]), ('L', [2**64 - 1, -1]), ('n', [-3]), ('N', [3]),
                    ('f', [1.5, 1, 1e300, 'x']), ('d', [0.1, 7, 2**2000, None]),
                    ('?', [5, 0, [], 'x']), ('c', [b'z', b'zz', 'z', 1]),
                    ('i', [True, 1.0, '1', b'1'])]:
    for v in values:
        print(fmt, end=' ')
        t(store(fmt, v))

class Idx:
    def __index__(self):
        return 42
t(store('i', Idx()))
class Fl:
    def __float__(self):
        return 2.5
t(store('d', Fl()))

v = memoryview(bytearray(8)).cast('d')
v[0] = float('nan')
print(v.tolist(), v == v)
q = memoryview(bytearray(16)).cast('q')
q[0] = -5
q[1] = 2**62
print(q.tolist(), q.tobytes()[:8])
c = memoryview(bytearray(b'abcd')).cast('c')
c[1] = b'Z'
print(c.tolist(), c.obj)
