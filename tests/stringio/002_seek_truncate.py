# StringIO: overwriting, seeking past the end, truncate, whence
import io

s = io.StringIO("hello world")
s.seek(6)
s.write("WORLD!!")
print(repr(s.getvalue()), s.tell())
s.seek(0)
s.write("J")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("x")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(3)
print(s.seek(0, 1), s.seek(0, 2), s.seek(0, 0))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(100), repr(s.getvalue()))
s.seek(10)
print(repr(s.read()), s.tell())
s = io.StringIO("abcdef")
s.seek(10)
print(s.truncate(3), s.tell(), repr(s.getvalue()))
s.write("Z")
print(repr(s.getvalue()))
for args in [(-1,), (1, 1), (1, 2), (0, 3), (0, -1), ("x",), (1.5,)]:
    try:
        print(s.seek(*args))
    except Exception as e:
        print(type(e).__name__, e)
for arg in [-1, "x", 1.5]:
    try:
        print(s.truncate(arg))
    except Exception as e:
        print(type(e).__name__, e)
print(s.seek(True), s.tell())
