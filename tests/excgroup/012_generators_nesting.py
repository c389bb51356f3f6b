# except* in generators and nested inside handlers; the handled exception is restored.
import sys

def gen():
    try:
        yield "start"
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield ("V", e.exceptions, sys.exc_info()[1] is e)
        yield "still in V"
    except* TypeError as e:
        yield ("T", e.exceptions)
    yield "end"

for x in gen():
    print(x, sys.exc_info())

# a generator's handler raising
def gen2():
    try:
        raise ExceptionGroup("g2", [ValueError(1)])
    except* ValueError:
        yield "in handler"
        raise KeyError("k")

g = gen2()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("gen2:", repr(e), repr(e.__context__))

# nested except* inside a handler; exc_info at each level
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError as k:
            print("inner handled:", repr(sys.exc_info()[1]))
        print("never here")
except ExceptionGroup as e:
    print("out:", repr(e))
    inner_rest = e.exceptions[0]
    print("inner rest context:", repr(inner_rest.__context__))

# inside a plain except handler: exc_info is restored after the try*
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("in:", repr(sys.exc_info()[1]))
    print("restored:", repr(sys.exc_info()[1]))
print("none:", sys.exc_info())

# except* inside a loop, many times
total = 0
for i in range(100):
    try:
        raise ExceptionGroup("loop", [ValueError(i), TypeError(i)])
    except* ValueError as e:
        total += e.exceptions[0].args[0]
    except* TypeError as e:
        total += 1
print("total", total)
