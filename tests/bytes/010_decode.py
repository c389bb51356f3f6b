# bytes.decode with codecs and error handlers
data = "naïve café 😀".encode()
print(data.decode(), data.decode("utf-8"), data.decode(encoding="utf8"), bytearray(data).decode())
print(data.decode("ascii", "ignore"), data.decode("ascii", "replace"), data.decode("latin-1"))
print(repr(data.decode("ascii", "backslashreplace")), repr(data.decode("ascii", "surrogateescape")))
for bad in [b"\x80abc", b"ab\xc3", b"\xc3\x28", b"\xe2\x28\xa1", b"\xf0\x9f\x98"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(bad, e)
    print(repr(bad.decode("utf-8", "replace")))
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"\x00h\x00i".decode("utf-16-be"), "hi".encode("utf-32-le"))
try:
    b"x".decode("nope")
except LookupError as e:
    print("LookupError", e)
