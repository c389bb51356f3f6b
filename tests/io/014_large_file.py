# larger files cross the internal buffer boundaries
name = "_tmp_io_014_%d.txt" % id(object())
with open(name, "w") as f:
    for i in range(3000):
        f.write("line %05d %s\n" % (i, "x" * (i % 17)))
with open(name) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open(name) as f:
    data = f.read()
print(len(data), data.count("\n"))
with open(name) as f:
    total = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        total += len(chunk)
print(total)
with open(name, "rb") as f:
    n = 0
    while f.read(4096):
        n += 1
print(n)
try:
    import os
    os.remove(name)
except ImportError:
    pass
