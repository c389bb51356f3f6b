# construction, typecodes, itemsize, repr, items of every type
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__, A.__qualname__)
print(type(A('i')), repr(A), A('i').__class__.__name__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a))
print(A('b', [1, -2, 127, -128]), A('B', [0, 255]), A('h', [-32768, 32767]), A('H', [65535]))
print(A('i', [-2**31, 2**31 - 1]), A('I', [2**32 - 1]), A('l', [-2**63, 2**63 - 1]), A('L', [2**64 - 1]))
print(A('q', [-2**63]), A('Q', [2**64 - 1, 0]), A('f', [0.1, 1.5, -2]), A('d', [0.1, 1e300, -0.0]))
print(A('f', [1e300, -1e300]), A('d', [float('inf')]), A('u', 'héllo€😀'), A('u'), A('u', ['a', 'b']))
print(A('i', range(5)), A('i', (1, 2, 3)), A('d', (x / 2 for x in range(4))), A('i', [True, False]))
print(A('b', b'\x01\xff'), A('B', bytearray(b'ab')), A('h', b'\x01\x00\x02\x00'), A('u', b'a\x00\x00\x00'))
print(A('d', A('i', [1, 2])), A('i', A('i', [3, 4])), A('i', A('d', [5.0])) if False else '', A('u', A('u', 'xy')))
print(A('f', b'\x00\x00\x80\x3f'), A('d', [1, 2]).tolist(), A('Q', [2**63]).tolist(), A('u', 'ab').tolist())
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Fl:
    def __float__(self):
        return 2.5
print(A('i', [Idx(7)]), A('Q', [Idx(2**64 - 1)]), A('d', [Fl(), Idx(3)]), A('f', [Idx(1)]))
a = A('i', [1, 2, 3])
print(a[0], a[-1], a[1:], a[::-1], a[5:], a[-2:-1], list(a), [x * 2 for x in a])
print(A('u', 'abc')[1], type(A('u', 'abc')[1]), A('d', [1])[0], type(A('d', [1])[0]), type(A('f', [1])[0]))
print(a.buffer_info()[1], A('d').buffer_info()[1], A('d', [1, 2]).buffer_info()[1])
print(isinstance(a.buffer_info()[0], int), a.__sizeof__() > 0)
# floats keep single precision in 'f'
print(A('f', [0.1])[0], A('f', [3.4028234663852886e38]), A('f', [1e-46]), A('f', [16777217]))
print(A(typecode) if False else '', A('i', []), A('u', ''), A('b', b''))
