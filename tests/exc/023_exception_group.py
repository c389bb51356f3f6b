# ExceptionGroup basics: message, exceptions, subgroup, split
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(type(eg).__name__, eg.message, eg.exceptions)
print(str(eg), repr(eg))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))

vg = eg.subgroup(ValueError)
print(repr(vg))
print(eg.subgroup(KeyError))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(match), repr(rest))

beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print("TypeError:", e)

nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.subgroup(ValueError)))
print(str(ExceptionGroup("one", [ValueError()])))

try:
    raise ExceptionGroup("eg", [ValueError("x")])
except ExceptionGroup as e:
    print("caught", e.exceptions)
