# calcsize: native alignment and standard sizes
import struct

for order in '@=<>!':
    print(order, [struct.calcsize(order + c) for c in 'xcbB?hHiIlLqQefd'])
print([struct.calcsize(c) for c in 'nNP'])
for fmt in ['bi', 'ib', 'bq', 'qb', 'bhb', 'cd', 'ci', '3si', 'c0i', 'b0q', 'xxh', 'bxq',
            '5s', '5p', '0s', '0p', 'b5s', 'h3ph', 'e?', 'hd', '@ibq', '=ibq', '<ibq',
            '2x3h', 'i0l', '10s2i', 'h 2s'] :
    print(fmt, struct.calcsize(fmt))
print(struct.pack('bi', 1, 2).hex(), struct.pack('=bi', 1, 2).hex())
print(struct.pack('c0i', b'a'), len(struct.pack('b0q', 1)))
print(struct.unpack('bq', struct.pack('bq', -1, -2)))
s = struct.Struct('ihq')
print(s.size, len(s.pack(1, 2, 3)))
