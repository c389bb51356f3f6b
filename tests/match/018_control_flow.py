# Case bodies with break, continue, return, yield, try and with inside loops.
def scan(items):
    out = []
    for item in items:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case int(n) if n < 0:
                return out + ["negative"]
            case [*inner]:
                out.append(scan(inner))
            case other:
                out.append(other)
    else:
        out.append("done")
    return out

print(scan([1, "skip", 2, [3, "stop", 4], 5]))
print(scan([1, "stop", 2]))
print(scan([1, -1, 2]))

def gen(commands):
    for cmd in commands:
        match cmd:
            case ("emit", value):
                yield value
            case ("emit_all", [*values]):
                yield from values
            case ("return", value):
                return value

g = gen([("emit", 1), ("emit_all", [2, 3]), ("noop",), ("return", 4), ("emit", 5)])
print(list(g))

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True

def guarded(values):
    results = []
    for v in values:
        try:
            match v:
                case 0:
                    raise ValueError("zero")
                case int(n):
                    results.append(10 // n)
                case _:
                    with Ctx():
                        match v:
                            case str(s):
                                raise KeyError(s)
        except ValueError as e:
            results.append(f"caught {e}")
        finally:
            results.append("f")
    return results

print(guarded([5, 0, "k"]))

# A while loop driven by match.
state, steps = "start", []
while True:
    match state:
        case "start":
            state = "middle"
        case "middle":
            state = "end"
        case "end":
            steps.append(state)
            break
    steps.append(state)
print(steps)

# match in a comprehension's function, in a lambda-called helper, and nested matches.
def kind(x):
    match x:
        case int():
            match x % 3:
                case 0:
                    return "fizz-ish"
                case _:
                    return "int"
        case _:
            return "other"
print([kind(v) for v in [3, 4, "a", 6]])
