# Nested patterns: a small expression evaluator and simplifier over tuples and lists.
def evaluate(e, env):
    match e:
        case int() | float() as n:
            return n
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("sum", *terms):
            return sum(evaluate(t, env) for t in terms)
        case _:
            raise ValueError(f"bad expression {e!r}")

def simplify(e):
    match e:
        case ("+", 0, x) | ("+", x, 0) | ("*", 1, x) | ("*", x, 1):
            return simplify(x)
        case ("*", 0, _) | ("*", _, 0):
            return 0
        case ("neg", ("neg", x)):
            return simplify(x)
        case (op, left, right):
            return (op, simplify(left), simplify(right))
        case _:
            return e

env = {"x": 3, "y": 4}
exprs = [
    ("+", 1, 2),
    ("*", "x", ("+", "y", 1)),
    ("neg", ("-", "x", "y")),
    ("let", "z", 10, ("/", "z", 4)),
    ("sum", 1, 2, "x", ("neg", "y")),
    ("+", ("*", 1, "x"), ("*", "y", 0)),
]
for e in exprs:
    print(e, "=", evaluate(e, env), "simplified:", simplify(e))
try:
    evaluate(("pow", 2, 3), env)
except ValueError as err:
    print(err)

# JSON-like data with mixed patterns at several depths.
records = [
    {"id": 1, "tags": ["a", "b"], "owner": {"name": "ann", "roles": ["admin"]}},
    {"id": 2, "tags": [], "owner": {"name": "bob", "roles": []}},
    {"id": 3, "tags": ["x"], "owner": None},
    {"id": "4", "tags": ["y", "z", "w"]},
]
for r in records:
    match r:
        case {"id": int(i), "owner": {"name": str(n), "roles": ["admin", *_]}}:
            print(i, "admin", n)
        case {"id": int(i), "tags": [], "owner": {"name": n}}:
            print(i, "untagged, owned by", n)
        case {"id": int(i), "owner": None, "tags": [tag]}:
            print(i, "orphan with one tag", tag)
        case {"id": str() as i, "tags": [first, *more]}:
            print("string id", i, first, len(more))

# Deep nesting of every kind of pattern.
class Node:
    __match_args__ = ("value", "children")
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5), Node(6, [Node(7)])])])
def leaves(t):
    match t:
        case Node(v, []):
            return [v]
        case Node(_, [*kids]):
            out = []
            for k in kids:
                out.extend(leaves(k))
            return out
print("leaves", leaves(tree))
match tree:
    case Node(1, [Node(2, [Node(x)]), Node(3, [_, Node(6, [Node(y, [])])])]):
        print("deep", x, y)
