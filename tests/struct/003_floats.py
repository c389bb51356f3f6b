# e, f and d: rounding, specials, overflow
import struct, math

for fmt in ['<e', '>e', '<f', '>f', '<d', '>d', 'e', 'f', 'd']:
    for v in (0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, 1e-7, 3.4e38, float('inf'), -float('inf')):
        try:
            b = struct.pack(fmt, v)
        except OverflowError as e:
            print(fmt, v, 'OverflowError', e)
            continue
        print(fmt, v, b.hex(), struct.unpack(fmt, b)[0])
for fmt in '<e <f <d'.split():
    r = struct.unpack(fmt, struct.pack(fmt, float('nan')))[0]
    print(fmt, 'nan', math.isnan(r))
# half floats: rounding to even, subnormals, largest values
for v in [1.0009765625, 1.00048828125, 1.00146484375, 65519.0, 65520.0, 2.0**-24, 2.0**-25,
          2.0**-26, 3 * 2.0**-25, 6.1e-5, 5.96e-8, -65504.0, 1e5]:
    try:
        print(v, struct.pack('<e', v).hex(), struct.unpack('<e', struct.pack('<e', v)))
    except OverflowError as e:
        print(v, 'OverflowError', e)
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'), struct.unpack('<e', b'\x00\x7c'))
print(struct.unpack('<e', b'\x00\xfc'), math.isnan(struct.unpack('<e', b'\x01\x7c')[0]))
# f: float precision
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<f', struct.pack('<f', 1e-45)))
for v in (3.5e38, 1e300, -1e39):
    for fmt in ('<f', '>f', '=f'):
        try:
            print(fmt, struct.pack(fmt, v))
        except OverflowError as e:
            print(fmt, 'OverflowError', e)
print(struct.pack('f', 1e300), struct.pack('f', -1e300))
# ints and __float__ as floats
class F:
    def __float__(self):
        return 2.5
print(struct.pack('<d', 3), struct.pack('<f', True), struct.pack('<d', F()), struct.pack('<e', 2))
print(struct.pack('<d', 2**1000)[:2])
for fmt in ('<d', '<f', '>e', 'f', 'e'):
    for v in (2**1024, 10**39, 65536, 65520, 65519, 2**31):
        try:
            print(fmt, v, struct.pack(fmt, v))
        except (OverflowError, struct.error) as e:
            print(fmt, v, type(e).__name__, e)
for v in ['1.0', None, b'x', 1j]:
    try:
        struct.pack('d', v)
    except struct.error as e:
        print(repr(v), e)
print(struct.unpack('<d', struct.pack('<d', 1.7976931348623157e308)))
