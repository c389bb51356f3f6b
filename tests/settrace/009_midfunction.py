# turning tracing on and off in the middle of a function
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def helper(x):
    return x * 2

def f():
    total = 0
    for i in range(3):
        if i == 1:
            sys.settrace(tracer)      # this frame is not traced: it started before
        total += helper(i)
    sys.settrace(None)
    return total

print(f())

def g():
    sys.settrace(tracer)
    a = helper(1)
    sys.settrace(None)
    b = helper(2)
    return a + b

print(g())

def loop_off():
    n = 0
    for i in range(5):
        n += helper(i)
        if i == 2:
            sys.settrace(None)
    return n

def start():
    sys.settrace(tracer)
    return loop_off()

print(start())
