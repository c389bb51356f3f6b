def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3

print(list(outer()))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, 4]], [[5]]])))

def from_list():
    yield from [10, 20]
    yield from range(2)
    yield from "ab"

print(list(from_list()))

def echo():
    while True:
        x = yield
        print("echo got", x)

def delegate():
    yield from echo()

d = delegate()
next(d)
d.send("a")
d.send("b")
