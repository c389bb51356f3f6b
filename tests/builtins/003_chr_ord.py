print(chr(65), chr(0x263A), chr(0x1F600), repr(chr(0)), chr(955), repr(chr(127)))
print(ord("A"), ord("\u263a"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")), ord("\n"))
for c in range(0, 0x110000, 0x10001):
    assert ord(chr(c)) == c
print("roundtrip ok")

tests = [
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: chr(1.5),
    lambda: chr("a"),
    lambda: chr(2 ** 70),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: ord(b"ab"),
    lambda: ord(1),
    lambda: ord(None),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 97
print(chr(I()))
