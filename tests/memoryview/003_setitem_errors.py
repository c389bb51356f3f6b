# Assignment through a memoryview: read-only memory, ranges, structures, bad keys.
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

m = memoryview(b'abc')
w = memoryview(bytearray(b'abcdef'))

def setter(view, key, value):
    def f():
        view[key] = value
        return view.tobytes()
    return f

t(setter(m, 0, 1))
t(setter(m, 'x', 1))
t(setter(w, 0, 256))
t(setter(w, 0, -1))
t(setter(w, 0, b'a'))
t(setter(w, 0, 1.5))
t(setter(w, 0, True))
t(setter(w, 10, 1))
t(setter(w, -7, 1))
t(setter(w, ..., 1))
t(setter(w, (), 1))
t(setter(w, (0,), 66))
t(setter(w, (0, 0), 1))
t(setter(w, (slice(None),), 1))
t(setter(w, slice(1, 3), b'XYZ'))
t(setter(w, slice(1, 3), 5))
t(setter(w, slice(1, 3), [1, 2]))
t(setter(w, slice(1, 3), 'ab'))
t(setter(w, slice(0, 1), memoryview(b'\x01\x00\x00\x00').cast('i')))
t(setter(w, 2**70, 1))

def delete(view, key):
    def f():
        del view[key]
    return f
t(delete(w, 0))
t(delete(m, 0))
t(delete(w, slice(0, 2)))

class Idx:
    def __index__(self):
        return 1
t(setter(w, Idx(), 0x41))
t(lambda: w[Idx()])
t(lambda: m[True])
ro = memoryview(bytearray(b'abc')).toreadonly()
t(lambda: ro.readonly)
t(setter(ro, 0, 1))
t(lambda: ro.tobytes())
