# append, extend, insert, pop, remove, index, count, reverse, byteswap, bytes and lists, unicode
from array import array as A
import copy

a = A('i')
a.append(1); a.append(True); a.extend([3, 4]); a.extend(A('i', [5])); a.extend(range(6, 8)); a.extend(x for x in (8,))
print(a)
a.extend(a)
print(a, len(a))
a.insert(0, -1); a.insert(100, 100); a.insert(-1, 99); a.insert(-100, -100); a.insert(2, 55)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1); print(a); a.remove(8); print(a)
print(a.index(3), a.index(3, 3), a.index(3, -8), a.index(4, 0, 100), a.index(5, -100, 2**80), a.count(3), a.count(1.0), a.count('x'))
b = A('i', [1, 2, 3, 4]); b.reverse(); print(b); A('i').reverse(); b = A('i', [1]); b.reverse(); print(b)
for tc, vals in [('h', [1, 258]), ('i', [1, -2]), ('q', [1]), ('d', [1.0]), ('f', [2.0]), ('b', [1, 2])]:
    b = A(tc, vals)
    b.byteswap()
    print(tc, b.tobytes(), b)
b = A('u', 'ab')
b.byteswap()
print(b.tobytes())
for f in (repr, A.tounicode, A.tolist, lambda b: b[0], lambda b: 'a' in b):
    try:
        f(b)
    except ValueError as e:
        print('ValueError', e)
b.byteswap()
print(b)
print(A('H', [1, 2]).tobytes(), A('d', [0.5]).tobytes(), A('u', 'a€').tobytes(), A('b').tobytes())
b = A('h'); b.frombytes(b'\x01\x00\x02\x00'); b.frombytes(bytearray(b'\x03\x00')); b.frombytes(A('B', [4, 0])); b.frombytes(b'')
print(b)
b = A('B', b'xy')
try:
    b.frombytes(b)
except BufferError as e:
    print('BufferError', e)
b.frombytes(A('B', b)); b.extend(b); print(b)
b = A('i', [1]); b.fromlist([2, 3]); b.fromlist([]); print(b, b.tolist(), type(b.tolist()))
class L(list): pass
b.fromlist(L([4])); print(b)
u = A('u', 'ab'); u.fromunicode('cd€'); u.fromunicode(''); print(u, u.tounicode(), type(u.tounicode()))
u.append('x'); u.extend('yz'); u.insert(0, '<'); print(u, u.index('x'), u.count('z'), 'b' in u, u.pop())
class S(str): pass
u.fromunicode(S('!')); u.append(S('?')); print(u)
c = A('d', [1, 2])
c2 = copy.copy(c); c3 = copy.deepcopy(c); c4 = c.__copy__(); c5 = c.__deepcopy__({})
c.append(3)
print(c, c2, c3, c4, c5, c2 is c, type(c2))
print(bytes(A('h', [1, -1])), bytearray(A('d', [1.0])), bytes(A('i')), list(bytes(A('b', [-1]))))
import struct
print(struct.unpack('<2h', A('h', [7, -7])), struct.unpack_from('<b', A('B', [200]), 0), struct.calcsize('i'))
buf = A('b', [0] * 4)
struct.pack_into('<h', buf, 1, -2)
print(buf)
