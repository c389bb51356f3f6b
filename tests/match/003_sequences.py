# Sequence patterns: lists, tuples and ranges match; str, bytes, bytearray, dicts,
# sets and iterators do not.
def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [x, y, *rest]:
            return f"many: {x!r} {y!r} rest={rest!r}"
        case _:
            return "not a sequence"

for s in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(0), range(5),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1, 2]), 12, None, "", "a"]:
    print(type(s).__name__, shape(s))

# Parenthesized and bracketed forms are the same; (x) alone is a group, (x,) a sequence.
for v in [(1,), [1], 1]:
    match v:
        case (x,):
            print("sequence of one", x)
        case (x):
            print("group capture", x)

# Stars anywhere, named or wildcard.
def star(s):
    match s:
        case [*_]:
            kind = "any"
    match s:
        case [first, *_, last]:
            kind += f" first={first} last={last}"
        case _:
            pass
    match s:
        case [*init, 9]:
            kind += f" init={init}"
        case [0, *mid, 0]:
            kind += f" mid={mid}"
        case [*everything]:
            kind += f" all={everything}"
    return kind

for s in [[], [1], [1, 9], [0, 5, 6, 0], (0, 0), range(3), [7, 8, 9]]:
    print(list(s), star(s))

# The star capture is always a list, even for tuples and ranges.
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)
match range(10, 15):
    case [a, *b, c]:
        print(a, b, c)

# Lengths are checked before elements.
match [1, 2, 3]:
    case [1, 2]:
        print("no")
    case [1, 2, 3, 4]:
        print("no")
    case [_, _, _]:
        print("three items")

# Nested sequences.
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), [c, [d, e]]]:
        print("nested", a, b, c, d, e)

# Subclasses of list and tuple are sequences too.
class MyList(list):
    pass
class Point(tuple):
    pass
match MyList([1, 2]):
    case [a, b]:
        print("MyList", a, b)
match Point((3, 4)):
    case (x, y):
        print("Point", x, y)

# A str subclass is still not a sequence; a class with __getitem__ and __len__ is not either.
class S(str):
    pass
class FakeSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
for v in [S("ab"), FakeSeq()]:
    match v:
        case [a, b]:
            print("matched?!")
        case _:
            print(type(v).__name__, "is not a sequence")

# Star with many items before and after.
match list(range(20)):
    case [a, b, c, *middle, x, y, z]:
        print(a, b, c, len(middle), x, y, z)
