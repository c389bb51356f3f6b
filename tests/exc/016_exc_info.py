import sys

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, tb.tb_lineno)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())

def f():
    return sys.exc_info()[1]
try:
    raise TypeError("seen in callee")
except TypeError:
    print(repr(f()))

# exception() in 3.11
if hasattr(sys, "exception"):
    pass
try:
    raise IndexError(3)
except IndexError as e:
    print(e is sys.exc_info()[1])
