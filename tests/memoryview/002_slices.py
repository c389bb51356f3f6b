# Slices are views: of the same exporter, with strides; writes show in the bytearray.
m = memoryview(b'abcdefgh')
for s in [slice(1, 3), slice(None, None, 2), slice(None, None, -1), slice(1, None, 3),
          slice(5, 1), slice(-3, None), slice(None, None, -3)]:
    v = m[s]
    print(s, v.tobytes(), v.shape, v.strides, v.nbytes, v.c_contiguous, v.obj is m.obj, len(v))
print(m[::2][::2].tobytes(), m[1:][::-3].tobytes(), m[2:6][1:3].tobytes())
print(list(m[::-2]), m[::3].tolist(), m[::3].hex())
print(bytes(m[::2]), bytearray(m[::-1]))

ba = bytearray(b'0123456789')
w = memoryview(ba)
w[0] = ord('A')
print(ba)
w[1:3] = b'BC'
print(ba)
w[::3] = b'wxyz'
print(ba)
part = w[4:8]
part[0] = 0x2d
part[-1] = 0x2d
print(ba, part.tobytes())
w[5:7] = bytearray(b'!!')
print(ba)
w[1:4] = w[0:3]          # overlapping copy
print(ba)
w[::-1] = b'abcdefghij'
print(ba)
w[2:8:3] = w[0:2]
print(ba)
w[0:3] = memoryview(b'abcdef')[::2]
print(ba)
w[2:2] = b''
print(ba)
ba[0] = ord('Z')
print(w[0], chr(w[0]), part.tobytes())
