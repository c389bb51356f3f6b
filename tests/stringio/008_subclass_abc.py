# subclassing io's classes: the defaults of IOBase/RawIOBase/TextIOBase
import io


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper("init ")
u.seek(0, 2)
u.write("more")
print(u.getvalue(), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))


class Counter(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


c = Counter(b"line one\nline two\nrest")
print(c.read(4), c.readline(), c.readall())
c = Counter(b"a\nb\n")
print(list(c), c.closed)
with c:
    pass
print(c.closed)
try:
    c.read(1)
except ValueError as e:
    print("ValueError", e)


class Sink(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s)
        return len(s)


s = Sink()
print("x", "y", file=s)
s.writelines(["1", "2"])
print(s.parts, s.encoding, s.newlines, s.errors, s.readable(), s.seekable())
for name in ["read", "readline", "fileno", "detach"]:
    try:
        getattr(s, name)()
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation", e)
try:
    s.seek(0)
except io.UnsupportedOperation as e:
    print("seek", e)
try:
    s.truncate()
except io.UnsupportedOperation as e:
    print("truncate", e)
print(issubclass(Sink, io.IOBase), issubclass(io.StringIO, io.IOBase), issubclass(int, io.IOBase))
print(io.IOBase.__name__, io.TextIOBase.__module__, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR)
print(io.open is open, io.text_encoding(None), io.text_encoding("utf-8"))
with open(__file__) as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
with open(__file__, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase))
