# UTF-8 text: reading by characters, decode errors
name = "_tmp_io_010_%d.txt" % id(object())
text = "h\xe9llo w\u00f6rld \u20ac \U0001f600\n\u4e2d\u6587\n"
with open(name, "w", encoding="utf-8") as f:
    print(f.write(text))
with open(name, "rb") as f:
    raw = f.read()
print(len(raw), raw[:8])
with open(name, encoding="utf-8") as f:
    print(f.read(2), f.read(5), repr(f.readline()), repr(f.read()))
with open(name, encoding="utf8") as f:
    print(f.read() == text)
with open(name, "wb") as f:
    f.write(b"ok\xffbad")
try:
    with open(name) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start)
try:
    open(name, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    import os
    os.remove(name)
except ImportError:
    pass
