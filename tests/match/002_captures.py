# Capture patterns and the wildcard: what gets bound, when, and in which scope.
match 42:
    case x:
        print("captured", x)
print("still bound after the statement:", x)

match "ignored":
    case _:
        print("wildcard binds nothing:", "_" in globals())

# `_` stays an ordinary name outside patterns.
_ = "underscore"
match 5:
    case _:
        print("_ is still", _)

# A failed case binds nothing, even for the parts that matched.
match (1, 2):
    case (a, 3):
        print("not reached")
    case (b, c):
        print("b c", b, c)
print("a bound?", "a" in globals())

# Captures are stored in pattern order (visible in the module's dict order).
match [10, 20, 30]:
    case [first, second, third]:
        pass
names = [k for k in globals() if k in ("first", "second", "third")]
print(names)

# Inside functions captures are fast locals; closures see them through cells.
def local_capture(v):
    match v:
        case [head, *tail]:
            def show():
                return f"head={head} tail={tail}"
            return show()
        case other:
            return f"other={other}"

print(local_capture([1, 2, 3]))
print(local_capture("xyz"))

# A capture can rebind a global declared in the function.
counter = 0
def set_counter(v):
    global counter
    match v:
        case counter:
            pass
set_counter(99)
print("counter", counter)

# nonlocal captures
def outer():
    result = None
    def inner(v):
        nonlocal result
        match v:
            case (_, result):
                pass
    inner(("skip", "kept"))
    return result
print(outer())

# Class bodies: captures become class attributes.
class K:
    match {"size": 3}:
        case {"size": size}:
            area = size * size
print(K.size, K.area)

# The subject is evaluated once.
calls = []
def subject():
    calls.append(1)
    return 7
match subject():
    case 1:
        pass
    case 2:
        pass
    case n:
        print("n", n, "calls", len(calls))

# Tuple subjects and starred subjects.
p, q = 1, 2
match p, q:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match p, *rest:
    case [1, 3, 4]:
        print("starred subject")
match p,:
    case (one,):
        print("one-tuple subject", one)
