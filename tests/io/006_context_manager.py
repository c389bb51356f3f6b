# files as context managers: closed on normal exit and on exceptions
name = "_tmp_io_006_%d.txt" % id(object())
with open(name, "w") as f:
    print(f.closed)
    f.write("abc")
print(f.closed)
try:
    with open(name) as g:
        print(g.read())
        raise RuntimeError("inside with")
except RuntimeError as e:
    print("caught", e, g.closed)
with open(name) as a, open(name) as b:
    print(a.read(1), b.read(2))
print(a.closed, b.closed)
r = open(name)
with r as same:
    print(same is r)
try:
    import os
    os.remove(name)
except ImportError:
    pass
