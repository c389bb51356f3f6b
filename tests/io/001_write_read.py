# write a text file, read it back in several ways
name = "_tmp_io_001_%d.txt" % id(object())
f = open(name, "w")
print(f.write("hello\n"), f.write("second line\n"), f.write("no newline"))
f.close()
print(f.closed)

f = open(name)
print(repr(f.read()))
f.close()

f = open(name, "r")
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.close()

f = open(name)
print(f.readlines())
f.close()

f = open(name)
print(repr(f.read(3)), repr(f.read(4)), repr(f.read()), repr(f.read()), repr(f.read(5)))
f.close()

with open(name) as f:
    for line in f:
        print("line:", repr(line))

with open(name) as f:
    print([len(l) for l in f])
    print(f.closed)
print(f.closed)

try:
    import os
    os.remove(name)
except ImportError:
    pass
