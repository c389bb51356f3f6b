import sys
from contextlib import suppress, closing, nullcontext, redirect_stdout, redirect_stderr
from contextlib import ContextDecorator, AbstractContextManager

with suppress(KeyError, IndexError):
    {}['x']
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
with suppress(Exception):
    raise ValueError
print(suppress(ValueError).__exit__(None, None, None))

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
try:
    with closing(Res()):
        raise OSError("x")
except OSError:
    print("OSError after close")

with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
b = Buf()
with redirect_stdout(b) as got:
    print("hidden", 1)
    print("more")
print(got is b, b.parts)
e = Buf()
with redirect_stderr(e):
    sys.stderr.write("err text\n")
print(e.parts)
r = redirect_stdout(b)
with r:
    with r:
        print("nested")
print(sys.stdout is sys.__stdout__, len(b.parts))

class mycontext(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False

@mycontext()
def f(a, b=2):
    "doc of f"
    print("in f", a, b)
    return a + b
print(f(1), f.__name__, f.__doc__, f.__wrapped__.__name__)
with mycontext() as m:
    print(type(m).__name__)
try:
    @mycontext()
    def g():
        raise KeyError("g")
    g()
except KeyError as e:
    print("KeyError", e)

class ACM(AbstractContextManager):
    def __exit__(self, *a):
        print("ACM exit")
with ACM() as a:
    print(type(a).__name__)
print(__import__('contextlib').AbstractContextManager[int])
