def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

def uses_next():
    it = iter([])
    yield next(it)

try:
    list(uses_next())
except RuntimeError as e:
    print(e)

def gen():
    yield 1
g = gen()
print(list(g), list(g))
try:
    next(g)
except StopIteration:
    print("still exhausted")
