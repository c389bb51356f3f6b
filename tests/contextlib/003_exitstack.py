import sys
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    stack.callback(print, "cb with", "args", sep="-")
    print(names)
print(log)

def exit_cb(*exc):
    print("push cb", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(exit_cb)
    raise ValueError("suppressed by exit_cb")
print("after suppress")

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, t and t.__name__)
with ExitStack() as stack:
    print(stack.push(CM(1)).n)
    stack.enter_context(CM(2))

with ExitStack() as stack:
    stack.enter_context(CM("x"))
    keep = stack.pop_all()
print("popped")
keep.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    ExitStack().enter_context(NoEnter())
except TypeError as e:
    print("TypeError", e)

# exceptions raised by callbacks replace the pending one and chain
def raiser(exc):
    def cb(*a):
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("inner")))
        stack.push(raiser(IndexError("outer")))
        raise ValueError("body")
except KeyError as e:
    c = e.__context__
    print("KeyError", e, "<-", repr(c), "<-", repr(c.__context__), "<-", c.__context__.__context__)

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("k")))
        stack.push(lambda *a: True)
        raise ValueError
except KeyError as e:
    print("KeyError", e, repr(e.__context__))

try:
    try:
        raise OSError("frame")
    except OSError:
        with ExitStack() as stack:
            stack.push(raiser(TypeError("cb")))
except TypeError as e:
    print("TypeError", e, repr(e.__context__))

with ExitStack() as stack:
    cb = stack.callback(lambda: print("lambda ran"))
    print(callable(cb))
s = ExitStack()
s.close()
print(ExitStack().__enter__().__class__.__name__)
with ExitStack() as outer:
    for i in range(3):
        outer.callback(print, "unwind", i)
