# UnicodeDecodeError / UnicodeEncodeError construction and str()
e = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
e = UnicodeDecodeError("utf-8", b"ab\xe2\x82", 2, 4, "unexpected end of data")
print(str(e))
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(e))
print(e.object, e.start, e.end)
e = UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "ordinal not in range(128)")
print(str(e))
e = UnicodeEncodeError("ascii", "x\U0001f600", 1, 2, "nope")
print(str(e))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    UnicodeDecodeError("utf-8", "notbytes", 0, 1, "r")
except TypeError as t:
    print("TypeError:", t)
try:
    UnicodeDecodeError("utf-8")
except TypeError as t:
    print("TypeError:", t)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
