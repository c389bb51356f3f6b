# Literal patterns: numbers (negative, float, complex), strings, bytes and the singletons.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1j:
            return "i"
        case 1 + 2j:
            return "1+2j"
        case -3 - 4j:
            return "-3-4j"
        case "hello":
            return "greeting"
        case "multi" "part":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "a million"
        case 100000000000000000000 if False:
            return "never"
        case _:
            return "other: " + repr(x)

for v in [0, 1, -1, 2.5, -0.5, 1j, 1 + 2j, complex(-3, -4), "hello", "multipart", b"raw",
          None, True, False, 16, 1000000, 0.0, 1.0, -1.0, "raw", bytearray(b"raw"), 3, [], (1,)]:
    print(repr(v), "->", describe(v))

# Value patterns compare with ==; singletons with `is`.
def singleton(x):
    match x:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
        case _:
            return "not a singleton"

for v in [True, 1, 1.0, False, 0, 0.0, None, "", []]:
    print(repr(v), singleton(v))

# Dotted names are value patterns (constants), not captures.
class Color:
    RED = "red"
    GREEN = "green"
    class Shade:
        DARK = 100

class Namespace:
    pass

ns = Namespace()
ns.limit = 42

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.Shade.DARK:
            return "dark"
        case ns.limit:
            return "at the limit"
        case _:
            return "unknown"

for c in ["red", "green", 100, 42, "blue"]:
    print(c, paint(c))

# A value pattern uses the value at match time.
ns.limit = 7
print(paint(7), paint(42))

# Large and special numbers.
match 2**70:
    case 1180591620717411303424:
        print("big int matched")
match -2**70:
    case -1180591620717411303424:
        print("negative big int matched")
match float("nan"):
    case _ if False:
        pass
    case x:
        print("nan captured", x != x)
match -0.0:
    case 0:
        print("-0.0 == 0")
