# a tracer sets f_trace on the caller of the frame it is tracing (as bdb's set_step does on
# a return event): the caller gets line events after the return, whether the call came
# straight from Python code or through C (f(*args), map, sorted's key, a class call)
import sys


def tracer(frame, event, arg):
    print("T", event, frame.f_code.co_name, frame.f_lineno - BASE)
    if event == "return" and frame.f_code.co_name == "leaf":
        frame.f_back.f_trace = tracer
    return tracer if frame.f_code.co_name == "leaf" else None


def leaf(x=0):
    return x


class Made:
    def __init__(self):
        self.v = leaf()


def direct():
    r = leaf()
    return r


def star():
    r = leaf(*(1,))
    return r


def mapped():
    r = list(map(leaf, [2]))
    return r


def keyed():
    r = sorted([3], key=leaf)
    return r


def made():
    r = Made()
    return r.v


BASE = leaf.__code__.co_firstlineno
for f in (direct, star, mapped, keyed, made):
    print(f.__name__)
    sys.settrace(tracer)
    f()
    sys.settrace(None)
