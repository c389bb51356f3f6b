# A bytearray with live memoryviews refuses to change size, but not to change contents.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

ba = bytearray(b'abcdef')
m = memoryview(ba)
t(lambda: ba.append(1))
t(lambda: ba.extend(b'xy'))
t(lambda: ba.pop())
t(lambda: ba.clear())
t(lambda: ba.insert(0, 1))
t(lambda: ba.remove(ord('a')))
t(lambda: ba.remove(ord('q')))
t(lambda: ba.__iadd__(b'x'))
t(lambda: ba.__imul__(2))
t(lambda: ba.__imul__(1))
t(lambda: ba.__init__(b'new'))

def slice_set(key, value):
    def f():
        ba[key] = value
        return ba
    return f

def slice_del(key):
    def f():
        del ba[key]
        return ba
    return f
t(slice_set(slice(0, 1), b'zz'))
t(slice_set(slice(0, 1), b'Z'))
t(slice_set(slice(None, None, 2), b'123'))
t(slice_del(0))
t(slice_del(slice(0, 2)))
t(slice_del(slice(0, 0)))
t(slice_del(slice(None, None, 2)))
t(lambda: ba.reverse())
t(lambda: ba.extend(b''))
print(ba, m.tobytes())

m.release()
ba.append(ord('!'))
print(ba)

with memoryview(ba) as w:
    t(lambda: ba.pop())
    w[0] = ord('X')
print(ba.pop(), ba)

s1 = memoryview(ba)[1:]
s2 = s1[::2]
s1.release()
t(lambda: ba.append(1))
s2.release()
t(lambda: ba.append(2))
print(ba)


class Sub(bytearray):
    pass
x = Sub(b'hello')
mx = memoryview(x)
print(mx.obj is x)
t(lambda: x.append(1))
mx[0] = ord('H')
print(x)
mx.release()
x.append(ord('!'))
print(x)
