# BytesIO: the binary in-memory stream
import io

b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.write(b""))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.read1(1), b.read(), b.read())
b = io.BytesIO(b"l1\nl2\n\nend")
print(b.readline(), b.readline(1), b.readline(), b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(4))
b = io.BytesIO(b"abcdef")
b.seek(2)
b.write(b"XY")
print(b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue(), b.tell())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.seek(2, 1), b.seek(0, 2))
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(1)
print(b.truncate(), b.getvalue())
for args in [(-1,), (0, 3), ("x",)]:
    try:
        b.seek(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    b.truncate(-2)
except ValueError as e:
    print("ValueError", e)
buf = bytearray(3)
b = io.BytesIO(b"12345")
print(b.readinto(buf), buf, b.readinto(buf), buf, b.readinto(buf))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
b = io.BytesIO()
b.writelines([b"a", bytearray(b"b"), b"c"])
print(b.getvalue())
with io.BytesIO(b"ctx") as f:
    print(f.read())
print(f.closed)
init = bytearray(b"shared")
b = io.BytesIO(init)
init[0] = 0x53
print(b.getvalue())
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase), isinstance(b, io.RawIOBase))
print(type(b).__name__, type(b).__module__)
data = io.BytesIO()
for i in range(500):
    data.write(bytes([i % 256]))
print(len(data.getvalue()), data.getvalue()[250:260])
