# binary mode: bytes in, bytes out
name = "_tmp_io_002_%d.bin" % id(object())
with open(name, "wb") as f:
    print(f.write(b"\x00\x01\x02abc\n"), f.write(bytearray(b"\xff\xfe")), f.write(b""))
with open(name, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(name, "rb") as f:
    print(f.read(2), f.read(3), f.readline(), f.read(1), f.read(), f.read())
with open(name, "rb") as f:
    print(list(f))
with open(name, "rb") as f:
    print(f.readlines())
with open(name, "ab") as f:
    f.write(bytes(range(65, 70)))
with open(name, "rb") as f:
    print(f.read())
try:
    with open(name, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    import os
    os.remove(name)
except ImportError:
    pass
