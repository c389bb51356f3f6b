# memoryview over bytes and bytearray: attributes, indexing, len, iteration, conversions.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'abcdef'
m = memoryview(b)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes)
print(m.obj is b, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m[0], m[-1], m[2])
print(list(m), m.tolist(), m.tobytes(), bytes(m), bytearray(m))
print(m.hex(), m.hex(':'), m.hex('-', 2), m.hex(b' ', -4))
print(sum(m), 99 in m, 100 in m, list(reversed(m)))
print(type(m).__name__, type(iter(m)).__name__, isinstance(m, memoryview))
print(str(m).startswith('<memory at 0x'), repr(m).startswith('<memory at 0x'))
ba = bytearray(b'xyz')
w = memoryview(ba)
print(w.readonly, w.obj is ba, w.tolist())
print(memoryview(w).obj is ba, memoryview(w).tobytes())
e = memoryview(b'')
print(len(e), e.tolist(), e.tobytes(), e.hex(), e.shape, list(e))
print(m.tobytes('C'), m.tobytes('F'), m.tobytes('A'), m.tobytes(None), m.tobytes(order='C'))
print(memoryview(object=b'kw').tobytes())
it = iter(memoryview(b'hi'))
print(next(it), next(it), next(it, 'end'))

class B(bytes):
    pass
sub = memoryview(B(b'sub'))
print(type(sub.obj).__name__, sub[0], sub.tobytes())
t(lambda: memoryview())
t(lambda: memoryview(1))
t(lambda: memoryview('abc'))
t(lambda: memoryview([1, 2]))
t(lambda: memoryview(b, 1))
t(lambda: memoryview(x=b))
t(lambda: m[6])
t(lambda: m[-7])
t(lambda: m['a'])
t(lambda: m[1.0])
t(lambda: m[2**70])
t(lambda: m.tobytes('X'))
t(lambda: m.hex(':', 0))
t(lambda: type('MV', (memoryview,), {}))
