def g():
    yield 1
    return 42

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def empty():
    return
    yield

print(list(empty()))
try:
    next(empty())
except StopIteration as e:
    print(repr(e.value), e.args)

def ret_tuple():
    yield
    return (1, 2)
it = ret_tuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
