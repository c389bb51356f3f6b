# As-patterns: bind the subject of a sub-pattern that matched.
def show(v):
    match v:
        case [int() as a, str() as b] as whole:
            return f"int {a}, str {b!r}, whole {whole}"
        case (1 | 2) as small:
            return f"small {small}"
        case {"k": [_, _] as pair}:
            return f"pair {pair}"
        case [[x, y] as inner, *_] as outer:
            return f"inner {inner} outer {outer} x={x} y={y}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case (x as y) as z:
            return f"chained {x} {y} {z}"

for v in [[1, "a"], 2, {"k": [3, 4]}, [[5, 6], 7], "hello", "hi"]:
    print(show(v))

# The name of an as-pattern is bound last, after the inner captures.
match [1, 2]:
    case [a, b] as both:
        pass
print([k for k in globals() if k in ("a", "b", "both")])

# As-patterns in class keyword and mapping values.
class P:
    def __init__(self):
        self.pos = (3, 4)
match P():
    case P(pos=(x, y) as pos):
        print("pos", pos, x, y)

match {"user": {"name": "ann", "age": 30}}:
    case {"user": {"name": str() as name, "age": int() as age} as user}:
        print(name, age, sorted(user))

# The same value under two names.
match 10:
    case x as y:
        print(x, y, x is y)
