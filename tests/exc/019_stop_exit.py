# StopIteration.value and SystemExit.code
print(StopIteration().value, StopIteration(3).value, StopIteration(1, 2).value)

def gen():
    yield 1
    return "done"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

for args in [(), (0,), (3,), ("msg",), (1, 2)]:
    e = SystemExit(*args)
    print(repr(e), e.code)

try:
    raise SystemExit(4)
except SystemExit as e:
    print("caught exit", e.code)

import sys
try:
    sys.exit("bye")
except SystemExit as e:
    print("sys.exit:", e.code)

print(isinstance(SystemExit(), Exception), isinstance(GeneratorExit(), Exception))
