# universal newlines on read; newline= argument
name = "_tmp_io_009_%d.txt" % id(object())
with open(name, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(list(f))
with open(name, newline="") as f:
    print(list(f))
with open(name, newline="\n") as f:
    print(list(f))
with open(name, newline="\r") as f:
    print(list(f))
with open(name, "rb") as f:
    print(list(f))
with open(name, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", newline="") as f:
    f.write("p\r\nq\n")
with open(name, "rb") as f:
    print(f.read())
try:
    open(name, newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    import os
    os.remove(name)
except ImportError:
    pass
