# seek and tell in binary files, seek rules in text files
name = "_tmp_io_004_%d.bin" % id(object())
with open(name, "wb") as f:
    f.write(b"0123456789")
    print(f.tell())
with open(name, "rb") as f:
    print(f.tell(), f.read(3), f.tell())
    print(f.seek(7), f.read(), f.tell())
    print(f.seek(-3, 2), f.read(2))
    print(f.seek(-4, 1), f.read(1))
    print(f.seek(0), f.read(4), f.seekable())
    try:
        f.seek(-1)
    except OSError as e:
        print("OSError:", e)
with open(name, "r") as f:
    try:
        f.seek(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        f.seek(0, 3)
    except ValueError as e:
        print("ValueError:", e)
    print(f.read(2), f.seek(0), f.read(1), f.seek(0, 2), repr(f.read()))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except OSError as e:
        print(type(e).__name__, e)
with open(name, "r+b") as f:
    f.seek(5)
    f.write(b"XY")
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.seek(0), f.read())
try:
    import os
    os.remove(name)
except ImportError:
    pass
