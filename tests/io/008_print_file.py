# print(file=...) into a real file and into sys.stdout replacements
name = "_tmp_io_008_%d.txt" % id(object())
with open(name, "w") as f:
    print("line one", file=f)
    print(1, 2, 3, sep=",", file=f)
    print("no end", end="", file=f)
    print(file=f)
    print("flushed", file=f, flush=True)
with open(name) as f:
    print(repr(f.read()))

import sys
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
    def flush(self):
        self.data.append("<flush>")

saved = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured", 42)
print("with flush", flush=True)
sys.stdout = saved
print(cap.data)
sys.stdout = None
print("goes nowhere")
sys.stdout = saved
print("restored")
try:
    import os
    os.remove(name)
except ImportError:
    pass
