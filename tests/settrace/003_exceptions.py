# exception events: once per frame the exception passes through; 'return' with None on unwinding
import sys

def tracer(frame, event, arg):
    if event == "exception":
        print("exception", frame.f_code.co_name, frame.f_lineno, arg[0].__name__, arg[1])
    else:
        print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))
    return tracer

def inner():
    raise ValueError("bad")

def middle():
    inner()

def outer():
    try:
        middle()
    except ValueError as e:
        print("caught", e)
    try:
        raise KeyError("k")
    except KeyError:
        raise
    finally:
        print("finally")

def top():
    try:
        outer()
    except KeyError:
        pass
    return "done"

sys.settrace(tracer)
top()
sys.settrace(None)

def reraise_same_frame():
    try:
        1 / 0
    except ZeroDivisionError:
        raise

def catcher():
    try:
        reraise_same_frame()
    except ZeroDivisionError:
        return 1

sys.settrace(tracer)
catcher()
sys.settrace(None)
