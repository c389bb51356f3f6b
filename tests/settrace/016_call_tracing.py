# sys.call_tracing re-enables tracing for a call made from inside a tracer
import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    print(event, name)
    if name == "outer" and event == "line":
        sys.call_tracing(nested, (5,))
        helper()      # a plain call from the tracer is not traced
    return tracer

def nested(x):
    return x + 1

def helper():
    return 0

def outer():
    return 1

sys.settrace(tracer)
outer()
sys.settrace(None)
print(sys.call_tracing(nested, (1,)))
try:
    sys.call_tracing(nested, [1])
except TypeError as e:
    print(e)
