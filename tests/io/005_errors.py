# error cases: missing files, closed files, wrong direction, bad arguments
try:
    open("_definitely_missing_file_.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open("_no_such_dir_/x.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open([1])
except TypeError as e:
    print("TypeError:", e)
try:
    open("x", 5)
except TypeError as e:
    print("TypeError:", e)

name = "_tmp_io_005_%d.txt" % id(object())
f = open(name, "w")
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
f.write("data")
f.close()
for op in [lambda: f.write("x"), lambda: f.read(), lambda: f.readline(), lambda: next(f),
           lambda: f.flush(), lambda: f.tell(), lambda: iter(f), lambda: f.__enter__()]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
f.close()
print("double close ok")
f = open(name)
try:
    f.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    f.write(5)
except (TypeError, OSError) as e:
    print(type(e).__name__, e)
f.close()
f = open(name, "w")
try:
    f.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    f.write(None)
except TypeError as e:
    print("TypeError:", e)
f.close()
try:
    import os
    os.remove(name)
except ImportError:
    pass
