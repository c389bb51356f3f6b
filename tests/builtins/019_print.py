print()
print("a", "b", "c")
print("a", "b", sep="-")
print("a", "b", sep="")
print("x", end="!\n")
print("no newline", end="")
print()
print(1, 2.5, None, True, [1, "s"], (1,), {"k": "v"})
print("sep None", "end None", sep=None, end=None)
print(*range(5), sep=", ")
print("multi\nline")

class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()])

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collect()
print("to", "object", file=c)
print("again", file=c, end="")
print(c.parts)
print("flushed", flush=True)

for f in [lambda: print(sep=1), lambda: print(end=[]), lambda: print(file=1), lambda: print(x=1)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
