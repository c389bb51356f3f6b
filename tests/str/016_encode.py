# str.encode / bytes.decode with codecs and error handlers
s = "héllo €uro 😀"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii", "utf-16", "utf-16-le", "utf-32-be"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b)
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e)
print("abc".encode(), "é".encode(encoding="latin1"), "x".encode(errors="strict"))
print(s.encode("utf-16").decode("utf-16") == s, s.encode("utf-32").decode("utf-32") == s)
for data in [b"\xff", b"abc\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80", b"a\xc0\x80b", b"\xf4\x90\x80\x80"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(data, errors, repr(data.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(data, errors, "UnicodeDecodeError", e, e.start, e.end, e.reason)
print(b"\xe9t\xe9".decode("latin-1"), b"caf\xc3\xa9".decode())
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print("LookupError", e)
print(b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
