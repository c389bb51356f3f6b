# writelines, readlines with hint, iteration protocol of files
name = "_tmp_io_011_%d.txt" % id(object())
with open(name, "w") as f:
    f.writelines(["a\n", "bb\n", "ccc\n"])
    f.writelines(str(i) + "\n" for i in range(3))
with open(name) as f:
    print(f.readlines(4))
    print(f.readlines())
with open(name) as f:
    print(iter(f) is f, next(f), f.__next__())
    print(next(f, None), list(f), next(f, "end"))
with open(name) as f:
    print(sum(1 for _ in f))
with open(name) as f:
    lines = [l.rstrip("\n") for l in f if len(l) > 2]
print(lines)
with open(name) as f:
    for i, line in enumerate(f):
        if i == 1:
            break
    print(repr(f.readline()))
try:
    import os
    os.remove(name)
except ImportError:
    pass
