# release(), the context manager, and what a released view still allows.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'abc'
m = memoryview(b)
h = hash(m)
m.release()
print(repr(m).startswith('<released memory at 0x'))
for f in [lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.tolist(), lambda: m.obj,
          lambda: m.format, lambda: m.nbytes, lambda: m.readonly, lambda: m.shape, lambda: m.ndim,
          lambda: m.itemsize, lambda: m.strides, lambda: m.hex(), lambda: m.cast('B'),
          lambda: bytes(m), lambda: bytearray(m), lambda: list(m), lambda: memoryview(m),
          lambda: m.__enter__(), lambda: m[0:1], lambda: m.toreadonly(), lambda: m.c_contiguous]:
    t(f)
t(lambda: m.release())
t(lambda: m == m)
t(lambda: m == b)
t(lambda: m != b)
t(lambda: hash(m) == h)
t(lambda: hash(memoryview(b'x').__enter__()) == hash(b'x'))
r = memoryview(b'zz')
r.release()
t(lambda: hash(r))

with memoryview(bytearray(b'with')) as v:
    print(v.tobytes(), v.readonly)
print(repr(v).startswith('<released'))
t(lambda: v.__exit__(None, None, None))
t(lambda: v.tobytes())

def leaves():
    with memoryview(b'raise') as v2:
        raise KeyError('inside')
try:
    leaves()
except KeyError as e:
    print('KeyError', e)

# release of a base view leaves views made from it alive
base = memoryview(bytearray(b'base'))
sl = base[1:]
cp = memoryview(base)
base.release()
print(sl.tobytes(), cp.tobytes())
