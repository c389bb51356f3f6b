# Guards: evaluated after the pattern binds its names; a false guard moves on.
def classify(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case 0:
            return "zero"
        case int(x) if x % 2 == 0:
            return "even"
        case int():
            return "odd"
        case _ if isinstance(n, str):
            return "a string"
        case _:
            return "something else"

for v in [-3, 0, 4, 7, "s", 1.5]:
    print(v, classify(v))

# Names stay bound when the guard fails.
match (1, 2):
    case (a, b) if a > b:
        print("not reached")
    case _:
        print("guard failed but a, b =", a, b)

# The guard can use the walrus operator and any expression.
log = []
def check(tag, result):
    log.append(tag)
    return result
match [3, 4]:
    case [x, y] if check("first", False):
        pass
    case [x, y] if (total := x + y) > 5 and check("second", True):
        print("total", total)
print(log)

# A guard on an irrefutable pattern makes it refutable (not the last case).
def first_truthy(items):
    for item in items:
        match item:
            case x if x:
                return x
    return None
print(first_truthy([0, "", None, "found", 1]))

# Guards after or-patterns and class patterns.
class Temp:
    __match_args__ = ("deg",)
    def __init__(self, deg):
        self.deg = deg
for t in [Temp(-5), Temp(20), Temp(35), "hot"]:
    match t:
        case Temp(d) if d < 0:
            print("freezing", d)
        case Temp(d) | [d] if False:
            pass
        case Temp(d) if d > 30:
            print("hot", d)
        case Temp(d):
            print("mild", d)
        case "hot" | "cold" as word if word == "hot":
            print("a word:", word)
