# bdb.Bdb.set_trace() from inside running code: stops from the next line on, also in the
# frames above it after they return to; set_continue with no breakpoints stops tracing
import bdb
import sys


class Stepper(bdb.Bdb):
    def __init__(self, steps):
        super().__init__()
        self.steps = steps
        self.log = []

    def stop(self, kind, frame, extra=""):
        self.log.append("%s %s %d %s" % (kind, frame.f_code.co_name, frame.f_lineno, extra))
        self.steps -= 1
        if self.steps > 0:
            self.set_step()
        else:
            self.set_continue()

    def user_line(self, frame):
        self.stop("line", frame)

    def user_return(self, frame, value):
        self.stop("return", frame, repr(value))

    def user_call(self, frame, args):
        self.stop("call", frame)


debugger = Stepper(12)


def inner():
    debugger.set_trace()
    a = 1
    b = 2
    return a + b


def middle():
    x = inner()
    return x * 2


def outer():
    y = middle()
    z = y + 1
    return z


print(outer())
t = sys.gettrace()
print("tracing after continue:", t and t.__func__.__qualname__)
print("\n".join(debugger.log))


class Point:
    def __init__(self, x):
        debugger2.set_trace()
        self.x = x


debugger2 = Stepper(6)


def make():
    p = Point(4)
    return p.x + 1


print(make())
print("\n".join(debugger2.log))
