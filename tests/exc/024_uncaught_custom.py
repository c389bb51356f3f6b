# the exception line uses the qualified name; __main__ and builtins modules are omitted
class Outer:
    class InnerError(Exception):
        pass

class PlainError(Exception):
    pass

try:
    raise Outer.InnerError("inner")
except Exception as e:
    print(type(e).__qualname__, type(e).__module__)

class Empty(Exception):
    pass

def f():
    raise Outer.InnerError("from a nested class")

try:
    f()
except Exception as e:
    print(repr(e))

f()
