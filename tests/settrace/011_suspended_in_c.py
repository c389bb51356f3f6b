# set_trace-like code running under a C call (a class instantiation, map, sorted key,
# a property): the Python frames outside the C call continue with line events
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def set_trace_like():
    frame = sys._getframe().f_back
    while frame:
        frame.f_trace = tracer
        frame = frame.f_back
    sys.settrace(tracer)

class Point:
    def __init__(self, x):
        set_trace_like()
        self.x = x

def make():
    p = Point(3)
    q = p.x + 1
    return q

print(make())
sys.settrace(None)

def key(v):
    set_trace_like()
    return -v

def sorter():
    r = sorted([1, 2], key=key)
    s = len(r)
    return s

print(sorter())
sys.settrace(None)

class Lazy:
    @property
    def value(self):
        set_trace_like()
        return 5

def reader():
    v = Lazy().value
    w = v * 2
    return w

print(reader())
sys.settrace(None)
