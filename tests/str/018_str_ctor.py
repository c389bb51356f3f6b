# str() construction: no args, objects, bytes with encodings, keyword arguments
print(repr(str()), str(1), str(1.5), str(None), str([1, "a"]), str(b"x"), str(True))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"), str(b"\xff", "utf-8", "replace"))
print(str(bytearray(b"abc"), "ascii"), str(object="kw"), repr(str(b"", "utf-8")))
class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
print(str(C()), repr(C()), [C()], "%s %r" % (C(), C()))
class Bad:
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print("TypeError", e)
for args in [(1, "utf-8"), (b"a", 1), ("a", "utf-8")]:
    try:
        str(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(str("abc") == "abc", str(str) , str(int))
