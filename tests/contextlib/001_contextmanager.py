from contextlib import contextmanager

@contextmanager
def tag(name):
    """Wrap in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

print(tag.__name__, tag.__doc__)
with tag("a") as t:
    print("body", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")
try:
    with swallow():
        raise IndexError("i")
except IndexError as e:
    print("passed through", e)

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        pass
    yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def replace():
    try:
        yield
    except ValueError as e:
        raise TypeError("replaced") from e
try:
    with replace():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, "cause:", repr(e.__cause__))

# StopIteration raised in the body propagates unchanged
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError", e)
try:
    with plain():
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit")

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError reused")

@tag("deco")
def work(x):
    print("working", x)
    return x * 2
print(work(3))
print(work(4), work.__name__)

@contextmanager
def value_error_gen():
    yield
    raise ValueError("at exit")
try:
    with value_error_gen():
        pass
except ValueError as e:
    print("ValueError", e)
