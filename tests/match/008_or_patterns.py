# Or-patterns: alternatives tried left to right; each must bind the same names.
def weekday(d):
    match d:
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "weekday"
        case 1 | 2 | 3 as n:
            return f"number {n}"
        case _:
            return "?"

for d in ["sun", "wed", 2, "x"]:
    print(d, weekday(d))

# Alternatives that bind names, in different orders: the values still land right.
def pair(v):
    match v:
        case (x, 0, y) | (y, 1, x):
            return f"x={x} y={y}"
        case [a, [b, c]] | [[c, b], a] | {"c": c, "b": b, "a": a}:
            return f"a={a} b={b} c={c}"
        case {"a": a, "b": b} | [b, a]:
            return f"a={a} b={b}"
    return "none"

for v in [(1, 0, 2), (1, 1, 2), {"a": 1, "b": 2}, [3, 4], [1, [2, 3]], [[3, 2], 1],
          {"a": "A", "b": "B", "c": "C"}, "nothing"]:
    print(v, "->", pair(v))

# Or-patterns nested inside other patterns.
def shape(s):
    match s:
        case ("circle" | "disc", r):
            return f"round r={r}"
        case ["square" | "rect" as name, (w, h) | [w, h]]:
            return f"{name} {w}x{h}"
        case {"kind": ("tri" | "triangle")}:
            return "triangle"
    return "unknown"

for s in [("circle", 1), ["disc", 2], ["rect", (2, 3)], ("square", [4, 4]), {"kind": "tri"},
          {"kind": "triangle", "x": 1}, ("hex", 1)]:
    print(shape(s))

# Class patterns as alternatives.
class A:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class B(A):
    pass
class C:
    def __init__(self):
        self.w = "w"
for obj in [A(1), B(2), C(), 3]:
    match obj:
        case B(v) | A(v):
            print(type(obj).__name__, "has v", v)
        case C(w=v) | int(v):
            print("v from", type(obj).__name__, v)

# Nested or-patterns with captures at several levels.
match [1, (2, 3)]:
    case [1 | 2 as first, (a, b) | [a, b] | {"a": a, "b": b}]:
        print(first, a, b)

# Only the first matching alternative binds.
match 5:
    case (5 as x) | x:
        print("first alternative bound x =", x)

# An irrefutable last alternative is fine in the last case.
match "anything":
    case 1 | 2 | _:
        print("fell through to the wildcard")

# The subject is still intact after failing alternatives.
match [1, 2, 3]:
    case [9, *_] | [8, *_]:
        print("no")
    case [*front, 3] | [3, *front]:
        print("front", front)
