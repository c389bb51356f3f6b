# ASCII case mapping and predicates of bytes (non-ASCII bytes are never letters)
for b in [b"Hello World", b"\xe9t\xe9 ABC", b"123", b"", b"  ", b"hello2world", b"They're"]:
    print(b, b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
    print(b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
print(bytearray(b"MiXeD").swapcase(), type(bytearray(b"x").upper()).__name__)
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(6, b"0"), b"7".zfill(3), b"-7".zfill(4), bytearray(b"q").center(3))
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(2), b"\tx\ny\tz".expandtabs(4))
try:
    b"a".center(3, "x")
except TypeError as e:
    print("TypeError", e)
