# bytes and bytearray functions take memoryviews where CPython takes bytes-like objects;
# a strided or released view fails as CPython fails for each.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

m = memoryview(b'abcdef')
nc = m[::2]
rel = memoryview(b'xy')
rel.release()
for x in (m, nc, rel):
    print('--')
    t(lambda: bytes(x))
    t(lambda: bytearray(x))
    t(lambda: b'-'.join([x, x]))
    t(lambda: b'a'.join([b'x', x]))
    t(lambda: bytearray(b'+').join([x]))
    t(lambda: b'1' + x)
    t(lambda: bytearray(b'1') + x)
    t(lambda: b'abcdef'.find(x))
    t(lambda: b'abcdef'.count(x))
    t(lambda: b'abcdef'.index(x))
    t(lambda: b'abc'.startswith(x))
    t(lambda: b'abcdef'.endswith((b'z', x)))
    t(lambda: x in b'abcdef')
    t(lambda: x in bytearray(b'abcdef'))
    t(lambda: b'a,b'.split(x))
    t(lambda: b'abc'.replace(b'a', x))
    t(lambda: b'xabcx'.strip(x))
    t(lambda: b'abc'.partition(x))
    t(lambda: str(x, 'ascii'))
    t(lambda: int.from_bytes(x, 'big'))
    t(lambda: b'%b' % x)
    t(lambda: b'%s|' % (x,))
    t(lambda: bytearray(b'abcdef') == x)
    t(lambda: b'abcdef' == x)

    def extend():
        y = bytearray(b'1')
        y.extend(x)
        return y
    t(extend)

    def iadd():
        y = bytearray(b'1')
        y += x
        return y
    t(iadd)

    def setslice():
        y = bytearray(b'123456')
        y[0:3] = x
        return y
    t(setslice)
    t(lambda: list(x))

t(lambda: b''.join([1]))
t(lambda: b''.join([b'a', 'b']))
t(lambda: b'abc'.hex(memoryview(b':')))
t(lambda: memoryview(b'ab').decode())
t(lambda: bytes(memoryview(bytearray(b'\x01\x02')).cast('B', (1, 2))))
t(lambda: bytes(memoryview(b'\x01\x00\x02\x00').cast('h')))
t(lambda: bytearray(memoryview(b'abcd').cast('B', (2, 2))[::-1]))
