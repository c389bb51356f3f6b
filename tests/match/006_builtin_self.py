# Builtin classes whose single positional sub-pattern matches the subject itself:
# bool bytearray bytes dict float frozenset int list set str tuple (and their subclasses).
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list(l):
            return f"list {l!r}"
        case tuple(t):
            return f"tuple {t!r}"
        case dict(d):
            return f"dict {d!r}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case _:
            return f"other {type(v).__name__}"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {"k": 1}, {1, 2}, frozenset({1}),
          None, 1j, range(2)]:
    print(kind(v))

# A positional sub-pattern is matched against the whole subject.
match 42:
    case int(42):
        print("int(42) matched")
match "text":
    case str("text" | "other") as s:
        print("str alternatives", s)
match [1, 2]:
    case list([a, b]):
        print("list of two", a, b)

# bool is an int subclass.
match True:
    case int(n):
        print("True as int:", n)

# Subclasses inherit the behaviour; the capture is the subject itself.
class MyInt(int):
    pass
class MyStr(str):
    pass
match MyInt(9):
    case MyInt(v):
        print(type(v).__name__, v)
match MyStr("x"):
    case str(s):
        print("MyStr is a str:", type(s).__name__, s)

# A subclass that defines __match_args__ uses it instead.
class Complexish(float):
    __match_args__ = ("real", "imag")
match Complexish(1.5):
    case Complexish(r, i):
        print("real", r, "imag", i)

# Only one positional sub-pattern is allowed for these.
try:
    match 1:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)

# Other builtins take keywords only.
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex", r, i)
match range(1, 10, 2):
    case range(start=a, stop=b, step=c):
        print("range", a, b, c)
try:
    match 3 + 4j:
        case complex(x):
            pass
except TypeError as e:
    print("TypeError:", e)

# Keyword sub-patterns work on self-matching types too.
match 5:
    case int(real=r, imag=0):
        print("int attributes", r)
