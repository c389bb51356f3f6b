# pack/unpack round trips over every format character, native and standard layouts
import struct

for order in '@=<>!':
    for c in 'bBhHiIlLqQ':
        fmt = order + c
        size = struct.calcsize(fmt)
        lo = 0 if c.isupper() else -(1 << (8 * size - 1))
        hi = (1 << (8 * size - (0 if c.isupper() else 1))) - 1
        for v in (lo, hi, 0, 1, hi // 3):
            b = struct.pack(fmt, v)
            assert len(b) == size
            assert struct.unpack(fmt, b) == (v,), (fmt, v)
        print(fmt, size, struct.pack(fmt, hi).hex(), struct.pack(fmt, lo).hex())

print(struct.pack('<hHiI', -2, 65534, -3, 7).hex())
print(struct.pack('>hHiI', -2, 65534, -3, 7).hex())
print(struct.pack('!q', -5).hex(), struct.pack('<Q', 2**64 - 1).hex())
print(struct.unpack('<hHiI', bytes.fromhex('feff feff fdffffff 07000000'.replace(' ', ''))))
print(struct.unpack('>q', b'\xff' * 8), struct.unpack('>Q', b'\xff' * 8))
print(struct.pack('n', -1).hex(), struct.pack('N', 5).hex(), struct.calcsize('nNP'))
print(struct.unpack('n', struct.pack('n', -12345)), struct.unpack('N', struct.pack('N', 2**63)))
print(struct.unpack('P', struct.pack('P', 0x1234)))
print(struct.pack('?', 0), struct.pack('?', 'x'), struct.pack('?', []), struct.pack('<?', 2))
print(struct.unpack('??', b'\x00\x05'))
print(struct.pack('c', b'a'), struct.pack('3c', b'x', b'y', b'z'))
print(struct.unpack('cc', b'AB'))
print(struct.pack('x'), struct.pack('3x'), struct.pack('<xbx', 1), struct.unpack('xbx', b'\x00\x07\x00'))
# ints through __index__ and bools
class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()), struct.pack('<B', True), struct.pack('<q', False))
print(struct.pack('<3h', 1, 2, 3).hex(), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack('<0i'), struct.unpack('<0i', b''), struct.calcsize('0i'), struct.calcsize('<0q'))
print(struct.pack('< h  h ', 1, 2), struct.calcsize(' \t\n2i '))
print(struct.pack(b'<h', 300), struct.unpack(b'>H', b'\x01\x00'))
print(struct.pack(''), struct.unpack('', b''), struct.calcsize(''))
try:
    struct.pack('c', bytearray(b'z'))
except struct.error as e:
    print(e)
try:
    struct.pack(' <h', 1)
except struct.error as e:
    print(e)
class B(bytes): pass
print(struct.pack('c2s', B(b'q'), B(b'rs')))
