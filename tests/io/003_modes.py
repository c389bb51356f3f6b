# open modes: w truncates, a appends, x creates, + reads and writes
name = "_tmp_io_003_%d.txt" % id(object())
with open(name, "w") as f:
    f.write("first\n")
with open(name, "a") as f:
    f.write("appended\n")
with open(name) as f:
    print(repr(f.read()))
with open(name, "w") as f:
    f.write("truncated\n")
with open(name) as f:
    print(repr(f.read()))
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror)
with open(name, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("TRUNC")
    f.seek(0)
    print(repr(f.read()))
with open(name, "w+") as f:
    f.write("w plus")
    f.seek(0)
    print(repr(f.read()))
with open(name, "a+") as f:
    f.write("!")
    f.seek(0)
    print(repr(f.read()))

for mode in ["z", "rw", "rr", "", "rtb", "+", "rbt"]:
    try:
        open(name, mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
for kwargs in [{"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "newline": ""}, {"mode": "r", "buffering": 0},
               {"mode": "rb", "errors": "strict"}]:
    try:
        open(name, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
f = open(name, "rb")
print(f.mode, repr(f)[:20])
f.close()
f = open(name, "rt", encoding="utf-8")
print(f.mode, f.encoding, f.name == name)
f.close()
try:
    import os
    os.remove(name)
except ImportError:
    pass
