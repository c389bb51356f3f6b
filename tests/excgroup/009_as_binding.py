# The `as` name is bound to the matched subgroup and deleted after the handler.
import sys

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as err:
    print("V", repr(err), sys.exc_info()[1] is err)
except* TypeError as err:
    print("T", repr(err), sys.exc_info()[1] is err)

try:
    err
except NameError as e:
    print(e)

def f():
    err = "before"
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as err:
        print("in f", repr(err))
    try:
        print(err)
    except UnboundLocalError as e:
        print(e)

f()

# `del` of the name inside the handler is fine
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as gone:
    del gone
print("gone" in globals())

# the name is deleted even when the handler raises
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as name:
        raise KeyError("k")
except KeyError:
    pass
print("name" in globals())

# the binding in a closure: the handler's cell is cleared too
def outer():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as cell:
        get = lambda: cell
        print("closure sees", repr(get()))
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)

outer()
