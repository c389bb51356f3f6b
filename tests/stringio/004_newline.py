# StringIO newline modes, as CPython: translation on write, line splitting on read
import io

data = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write(data)
    v = s.getvalue()
    s.seek(0)
    print(repr(nl), repr(v), s.readlines(), repr(s.newlines))
    s = io.StringIO(data, newline=nl)
    print(" ", repr(s.getvalue()), list(s), repr(s.newlines))
s = io.StringIO(newline=None)
for part in ["x\r", "\ny", "\r\n"]:
    s.write(part)
    print(repr(s.getvalue()), repr(s.newlines))
s = io.StringIO(newline="")
s.write("1\r\n2\r")
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s = io.StringIO("x\r\ny", newline="")
print(repr(s.readline(2)), repr(s.readline()))
s = io.StringIO("x\r\ny", newline="\r\n")
print(repr(s.readline(2)), repr(s.readline()))
s = io.StringIO("a\nb")
s.seek(0)
print(s.newlines, list(s))
for bad in ["x", "\n\n", 5, b"\n"]:
    try:
        io.StringIO(newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(io.StringIO("line\n", newline="\r\n").getvalue()))
print(repr(io.StringIO("line\n", newline="\r").getvalue()))
