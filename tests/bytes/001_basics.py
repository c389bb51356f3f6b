# bytes basics: literals, len, indexing returns ints, concatenation, repetition, membership
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:])
print(b + b" world", b * 2, 2 * b"ab", b"" * 3, b"x" * 0)
print(b"ell" in b, 104 in b, 122 in b, b"" in b, bytearray(b"lo") in b)
print(b == b"hello", b != b"hello", b < b"help", b"a" < b"ab", b"b" > b"abc", b == "hello")
print(list(b"abc"), bytes(b"abc") is not None, type(b"").__name__)
print(b"\x00\xff\n\t", len(b"\x00\xff"), b"\\", rb"\n", len(rb"\n"))
for i in range(3):
    print(b"xyz"[i], end=" ")
print()
try:
    b[5]
except IndexError as e:
    print("IndexError", e)
try:
    b["a"]
except TypeError as e:
    print("TypeError", e)
try:
    "x" in b
except TypeError as e:
    print("TypeError", e)
try:
    300 in b
except ValueError as e:
    print("ValueError", e)
print(bool(b""), bool(b"\x00"), b"abc".__len__(), b"ab".__add__(b"cd"))
