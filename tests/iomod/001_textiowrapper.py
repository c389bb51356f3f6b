# io.TextIOWrapper over a BytesIO: encoding, newline translation, buffering, seek/tell
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t), t.encoding, t.errors, t.line_buffering, t.buffer is raw)
print(t.write("héllo\nworld\n"), raw.getvalue())
t.flush()
print(raw.getvalue(), t.tell())
t.seek(0)
print(repr(t.read()), repr(t.read()))
t.seek(0)
print(repr(t.readline()), list(t))
t.seek(0, 2)
t.write("more")
t.seek(0)
print(t.readlines())
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.closed)
t.close()
print(t.closed, raw.closed)
try:
    t.read()
except ValueError as e:
    print("ValueError", e)

t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="utf-8")
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="utf-8", newline="")
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="utf-8", newline="\n")
print(t.readlines())
for nl in [None, "", "\n", "\r", "\r\n"]:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding="utf-8", newline=nl)
    t.write("x\ny\n")
    t.flush()
    print(repr(nl), b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
t.write("no newline")
print(b.getvalue())
t.write(" then one\n")
print(b.getvalue(), t.line_buffering)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii", write_through=True)
t.write("through")
print(b.getvalue(), t.encoding)
t = io.TextIOWrapper(io.BytesIO("ünïcode\n".encode()), encoding="utf-8")
print(t.read(3), t.read(), t.tell())
t = io.TextIOWrapper(io.BytesIO(b"\xff\xfe bad"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
for kw in [{"encoding": "nope"}, {"encoding": 5}, {"newline": "x"}, {"newline": 3}]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kw)
    except Exception as e:
        print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
try:
    t.mode
except AttributeError as e:
    print("AttributeError", e)
try:
    t.name
except AttributeError as e:
    print("AttributeError", e)
try:
    t.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    t.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
print(isinstance(t, io.TextIOWrapper), isinstance(t, io.TextIOBase), isinstance(t, io.IOBase))
with io.TextIOWrapper(io.BytesIO(b"ctx"), encoding="utf-8") as t:
    print(t.read())
print(t.closed)
