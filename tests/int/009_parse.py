# int() from strings: bases, prefixes, underscores, whitespace, signs.
tests = ["42", "  -17  ", "+8", "1_000_000", "0x1F", "0o17", "0b101", "00", "0_0", "\t12\n"]
for s in tests:
    print(repr(s), int(s, 0))
for s, b in [("ff", 16), ("0xff", 16), ("0XFF", 0), ("zz", 36), ("777", 8), ("0b_1_0", 0),
             ("1010", 2), ("-0o17", 0), ("12", 3), ("Z", 36), ("0x_a", 16)]:
    print(s, b, int(s, b))
bad = ["", " ", "x", "1__0", "_1", "1_", "0x", "010", "1.5", "12a", "- 1", "0b2", "++1"]
for s in bad:
    try:
        print(int(s, 0 if s in ("010", "0b2") else 10))
    except ValueError as e:
        print(e)
for s, b in [("12", 1), ("12", 37), ("9", 8), ("0x10", 8)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(e)
print(int(b"123"), int(b" -0x1f ", 16), int(bytearray(b"77"), 8))
print(int("٣٤"), int("１２"))
