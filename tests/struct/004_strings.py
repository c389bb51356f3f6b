# s and p: padding, truncation, Pascal lengths
import struct

print(struct.pack('0p', b'abc'), struct.calcsize('0p'))
for fmt in ['s', '0s', '1s', '3s', '5s', 'p', '1p', '2p', '4p', '6p']:
    for v in [b'', b'ab', b'abcd', bytearray(b'xyz')]:
        b = struct.pack(fmt, v)
        print(fmt, repr(v), b, struct.unpack(fmt, b))
long = bytes(range(256)) * 2
b = struct.pack('300p', long)
print(b[0], len(b), struct.unpack('300p', b)[0][:4], len(struct.unpack('300p', b)[0]))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('3p', b'\x00ab'))
print(struct.pack('2s3s', b'abc', b'd'), struct.unpack('2s3s', b'abcde'))
print(struct.pack('<h4sh', 1, b'hi', 2), struct.unpack('<h4sh', struct.pack('<h4sh', 1, b'hi', 2)))
for fmt, v in [('s', 'str'), ('p', 'x'), ('3s', 5), ('c', 'a'), ('c', b'ab'), ('c', b''), ('c', 65)]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, repr(v), e)
