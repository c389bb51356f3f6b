# TextIOWrapper around binary files; the buffer of text files and of sys.stdout
import io
import os
import sys

name = "_tmp_iomod_002.bin"
with open(name, "wb") as raw:
    t = io.TextIOWrapper(raw, encoding="utf-8")
    print(repr(t))
    t.write("first line\nsecond ✓\n")
    t.flush()
    print(t.name, t.tell())
with open(name, "rb") as raw:
    t = io.TextIOWrapper(raw, encoding="utf-8")
    print(t.readline(), end="")
    print(t.read(), end="")
    print(t.fileno() == raw.fileno())
with open(name) as f:
    print(type(f.buffer).__name__, f.buffer.name, f.buffer.mode)
    print(f.buffer.read())
with open(name, "a") as f:
    f.write("text ")
    f.flush()
    f.buffer.write(b"bytes\n")
    f.write("after\n")
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
print("text", flush=True)
sys.stdout.buffer.write(b"binary out\n")
print("text again")
sys.stdout.buffer.write("ü\n".encode())
sys.stdout.buffer.flush()
print(type(sys.stdout.buffer).__name__ in ("BufferedWriter", "FileIO"), sys.stdout.buffer is sys.stdout.buffer)
print(isinstance(sys.stdout.buffer, io.BufferedIOBase) or isinstance(sys.stdout.buffer, io.RawIOBase))
