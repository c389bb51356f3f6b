# args, str() and repr() of exception instances
cases = [
    Exception(),
    Exception("one"),
    Exception("a", "b"),
    Exception(1),
    Exception(None),
    ValueError(""),
    ValueError("msg"),
    TypeError(1, 2, 3),
    RuntimeError([1, 2]),
    ZeroDivisionError("division by zero"),
    IndexError(),
    StopIteration(5),
    BaseException("base"),
    KeyboardInterrupt(),
    ArithmeticError("x", 2.5),
]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args)

e = ValueError("x")
e.args = ("changed", 2)
print(e.args, str(e), repr(e))
e.args = [1]
print(e.args, str(e))

class Custom(ValueError):
    pass
print(repr(Custom("c")), str(Custom("c", 1)))

class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(repr(WithStr("a")), str(WithStr("a")))

class WithRepr(Exception):
    def __repr__(self):
        return "<WithRepr>"
print(repr(WithRepr()), str(WithRepr(3)))

print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(ValueError.__mro__)
print(type(ValueError("x")).__name__, ValueError.__module__)
