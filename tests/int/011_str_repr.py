# repr/str of ints, hex/oct/bin and the like.
for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100), 10 ** 20]:
    print(str(v), repr(v), hex(v), oct(v), bin(v))
print(str(2 ** 1000))
print(len(str(7 ** 5000)))
print(f"{12345}", "%d" % (2 ** 70), "%x" % 255)
