# Mapping patterns: dicts and their subclasses; extra keys are allowed; **rest collects them.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **mods}:
            return f"key {k!r} with {sorted(mods.items())}"
        case {"type": t}:
            return f"unknown event type {t!r}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": (1, 2), "button": 3},
    {"type": "click", "pos": [5, 6, 7]},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "scroll"},
    {},
    {"kind": "other"},
    [("type", "click")],
    "type",
    None,
]
for e in events:
    print(handle(e))

# Keys may be any literal or a dotted value.
class Keys:
    NAME = "name"

match {1: "one", -2: "minus two", 2.5: "float", None: "none", True: "true", b"k": "bytes", "name": "n"}:
    case {1: a, -2: b, 2.5: c, None: d, True: e, b"k": f, Keys.NAME: g}:
        print(a, b, c, d, e, f, g)

# 1 and True are the same key (1 == True, same hash).
match {1: "x"}:
    case {True: v}:
        print("True found key 1:", v)

# **rest is a new dict, the subject is untouched.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        rest["z"] = 26
        print(sorted(rest.items()), sorted(d.items()))
match d:
    case {**everything}:
        print(everything == d, everything is d)

# dict subclasses match; get() is used, so __missing__ does not run.
class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
dd = Defaulting(a=1)
match dd:
    case {"b": _}:
        print("matched b?!")
    case {"a": x}:
        print("Defaulting a =", x)

class Logged(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)
match Logged(x=1, y=2):
    case {"x": 1, "y": 3}:
        print("no")
    case {"x": 1, "y": 2}:
        print("logged match")

# Nested mappings and sequences inside.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": host, "ports": [first, *others]}, "debug": debug}:
        print(host, first, others, debug)

# Objects with keys()/__getitem__ are not mappings unless they are dicts.
class NotAMapping:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1
match NotAMapping():
    case {}:
        print("matched?!")
    case _:
        print("NotAMapping is not a mapping")

# The mapping length is checked first: a short dict fails without lookups.
match Logged(x=1):
    case {"x": 1, "y": 2}:
        print("no")
    case _:
        print("too short, no get calls")
