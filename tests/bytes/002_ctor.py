# bytes() and bytearray() constructors
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((1, 2)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"), bytes("x", "utf-8", "strict"))
print(bytearray(), bytearray(2), bytearray([1, 2, 255]), bytearray(b"abc"), bytearray("é", "utf-8"))
print(bytes(x for x in [104, 105]), bytearray(iter([0])))
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(B()))
class I:
    def __index__(self):
        return 2
print(bytes(I()), bytes([I()]))
cases = [lambda: bytes("abc"), lambda: bytes(1, "utf-8"), lambda: bytes(-1), lambda: bytes([256]),
         lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytearray(1.5), lambda: bytearray([1, -1]),
         lambda: bytes("é", "ascii"), lambda: bytes(None)]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
