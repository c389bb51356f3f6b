# bytes.maketrans and translate
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), bytearray(b"cab").translate(t))
print(b"hello".translate(None, b"l"), b"hello".translate(t, b"h"), b"hello".translate(None))
for f in [lambda: bytes.maketrans(b"a", b"bc"), lambda: b"abc".translate(b"x"), lambda: bytes.maketrans("a", "b")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
