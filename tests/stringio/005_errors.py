# StringIO/BytesIO errors: closed streams, wrong argument types
import io

s = io.StringIO("abc")
for bad in [5, b"x", None]:
    try:
        s.write(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [5, b"x"]:
    try:
        io.StringIO(bad)
    except TypeError as e:
        print("TypeError", e)
print(repr(io.StringIO(None).getvalue()))
try:
    s.read("3")
except TypeError as e:
    print("TypeError", e)
try:
    s.readline(2.0)
except TypeError as e:
    print("TypeError", e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    s.detach()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
s.close()
s.close()
print(s.closed)
for name in ["read", "getvalue", "readline", "tell", "readable", "writable", "seekable", "isatty", "flush",
             "readlines", "__iter__", "__next__", "__enter__"]:
    try:
        getattr(s, name)()
        print(name, "ok")
    except ValueError as e:
        print(name, "ValueError", e)
for call in [lambda: s.write("x"), lambda: s.seek(0), lambda: s.truncate(0), lambda: s.writelines([])]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
b = io.BytesIO(b"xyz")
for bad in ["str", 5]:
    try:
        b.write(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    io.BytesIO("str")
except TypeError as e:
    print("TypeError", e)
try:
    b.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
b.close()
print(b.closed)
for name in ["read", "getvalue", "readline", "tell", "readable", "writable", "seekable", "isatty", "flush",
             "__iter__", "__next__", "__enter__", "read1"]:
    try:
        getattr(b, name)()
        print(name, "ok")
    except ValueError as e:
        print(name, "ValueError", e)
try:
    with io.StringIO() as s2:
        s2.write("in with")
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e, s2.closed)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
