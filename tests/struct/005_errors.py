# struct.error and TypeError messages
import struct

def check(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

# ranges of the integer codes, in every byte order
for order in '@=<>!':
    for c in 'bBhHiIlLqQ':
        fmt = order + c
        size = struct.calcsize(fmt)
        hi = 1 << (8 * size)
        for v in (hi, -hi, -1, hi // 2, -(hi // 2) - 1, 2**70, -2**70):
            try:
                struct.pack(fmt, v)
            except struct.error as e:
                print(fmt, v, e)
for c in 'nN':
    for v in (2**64, -2**64, -1, 2**63):
        check(struct.pack, c, v)
check(struct.pack, 'P', -1)
check(struct.pack, 'P', 2**64)
for v in (1.0, '1', None, [1], 1j):
    check(struct.pack, 'i', v)
    check(struct.pack, '<Q', v)
# formats
for fmt in ['z', '<n', '>P', '=N', '3', '<3', 'i3', '2i3', 'i\0', 'iy', '@@i', 'i<', 'X']:
    check(struct.calcsize, fmt)
check(struct.calcsize, 5)
check(struct.calcsize, None)
check(struct.Struct, 5)
check(struct.calcsize, '99999999999999999999q')
check(struct.calcsize, '9223372036854775807q')
check(struct.calcsize, '4611686018427387904h')
# item counts
check(struct.pack, 'ii', 1)
check(struct.pack, 'i', 1, 2)
check(struct.pack, '3s', 1, 2)
check(struct.pack)
check(struct.unpack, 'i', b'abc')
check(struct.unpack, 'i', b'abcde')
check(struct.unpack, '<h', 'ab')
check(struct.unpack, '<h', [1, 2])
check(struct.unpack, '<h', memoryview(b'ab') if False else None)
check(struct.unpack, 'i')
check(struct.unpack, 'i', b'abcd', b'x')
check(struct.unpack, format='i', buffer=b'abcd')
check(struct.pack, 'i', x=1)
check(struct.iter_unpack, '<h')
check(struct.iter_unpack, '', b'')
check(struct.iter_unpack, '<h', b'abc')
check(struct.iter_unpack, '<h', 'ab')
check(struct.calcsize)
check(struct.calcsize, 'i', 'i')
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
print(repr(struct.error('x')))
check(struct.Struct)
check(struct.Struct, 'i', 'j')
check(lambda **kw: struct.Struct(**kw).format, format='<h')
check(struct.Struct, fmt='<h')
