# file attributes and queries
name = "_tmp_io_013_%d.txt" % id(object())
f = open(name, "w")
print(f.name == name, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
print(type(f).__name__, f.encoding, f.errors, f.line_buffering)
print(repr(f) == "<_io.TextIOWrapper name=%r mode='w' encoding='UTF-8'>" % name)
f.close()
f = open(name, "rb")
print(type(f).__name__, f.mode, repr(f) == "<_io.BufferedReader name=%r>" % name)
try:
    f.encoding
except AttributeError as e:
    print("AttributeError")
f.close()
for mode, tname in [("wb", "BufferedWriter"), ("ab", "BufferedWriter"), ("r+b", "BufferedRandom"), ("w+b", "BufferedRandom")]:
    with open(name, mode) as f:
        print(mode, type(f).__name__ == tname, f.mode)
try:
    f.closed = False
except AttributeError as e:
    print("AttributeError:", e)
try:
    import os
    os.remove(name)
except ImportError:
    pass
