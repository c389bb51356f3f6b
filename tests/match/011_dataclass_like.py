# Hand-written dataclass-style classes (fields, __match_args__, __eq__, __repr__) and a
# small command interpreter and geometry built on them.
def record(name, fields):
    # a tiny stand-in for @dataclass: builds the class with type()
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{name}() takes {len(fields)} arguments")
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    return type(name, (), {"__match_args__": tuple(fields), "__init__": __init__,
                           "__repr__": __repr__, "__eq__": __eq__, "__hash__": None})

Move = record("Move", ["dx", "dy"])
Say = record("Say", ["text"])
Repeat = record("Repeat", ["times", "command"])
Block = record("Block", ["commands"])

def run(cmd, pos, out):
    match cmd:
        case Move(0, 0):
            pass
        case Move(dx, dy):
            pos = (pos[0] + dx, pos[1] + dy)
        case Say(str(text)) if text:
            out.append(f"{text} at {pos}")
        case Say(_):
            out.append("...")
        case Repeat(int(n), c) if n > 0:
            for _ in range(n):
                pos = run(c, pos, out)
        case Repeat():
            pass
        case Block([*cmds]):
            for c in cmds:
                pos = run(c, pos, out)
        case other:
            raise TypeError(f"unknown command {other!r}")
    return pos

out = []
program = Block([Say("start"), Move(1, 0), Repeat(3, Block([Move(0, 2), Say("step")])), Say(""),
                 Move(0, 0), Repeat(0, Say("never")), Say("end")])
print(program)
print(run(program, (0, 0), out))
for line in out:
    print(line)
try:
    run(Block([Move(1, 1), "jump"]), (0, 0), [])
except TypeError as e:
    print(e)

# Value patterns use __eq__ of the record.
ORIGIN = Move(0, 0)
class Const:
    STILL = Move(0, 0)
match Move(0, 0):
    case Const.STILL:
        print("equal to Const.STILL")

# Geometry with positional and keyword sub-patterns mixed.
Point = record("Point", ["x", "y"])
Circle = record("Circle", ["center", "r"])
Rect = record("Rect", ["corner", "w", "h"])

def area(s):
    match s:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return 0
        case Circle(Point(), r):
            return round(3.14159 * r * r, 2)
        case Rect(Point(x=x, y=y), w, h) if x >= 0 and y >= 0:
            return w * h
        case Rect(_, w, h):
            return -(w * h)

for s in [Circle(Point(0, 0), 0), Circle(Point(1, 1), 2), Rect(Point(0, 0), 3, 4), Rect(Point(-1, 0), 3, 4),
          Rect(Point(0, 0), 0, 9)]:
    print(s, area(s))
