# frames already running when settrace is called are traced only if their f_trace is set:
# then 'line' events start at their very next line (no 'call' event), and continue in outer
# frames after the inner ones return -- what bdb.set_trace() relies on
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

def inner():
    set_trace_like()
    a = 1
    b = 2
    return a + b

def middle():
    x = inner()
    y = x + 1
    return y

def outer():
    r = middle()
    r += 1
    return r

print(outer())
sys.settrace(None)

# the running frame sets its own f_trace: events from its next line
def self_trace():
    sys._getframe().f_trace = tracer
    sys.settrace(tracer)
    p = 1
    q = 2
    sys.settrace(None)
    return p + q

print(self_trace())

# f_trace set on a running frame without a global tracer gives no events
def no_global():
    sys._getframe().f_trace = tracer
    z = 1
    return z

print(no_global())
