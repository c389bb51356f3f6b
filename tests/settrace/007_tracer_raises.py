# a tracer that raises: the exception propagates into the traced code, tracing is off,
# no exception/return events for the unwinding frames; a later settrace works again
import sys

def bad_tracer(frame, event, arg):
    print("bad", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == 15:
        raise RuntimeError("tracer failed")
    return bad_tracer

def work():
    a = 1
    b = 2
    c = 3
    return a + b + c

def caller():
    try:
        return work()
    finally:
        print("caller finally, gettrace:", sys.gettrace())

sys.settrace(bad_tracer)
try:
    caller()
except RuntimeError as e:
    print("propagated:", e)
print("after:", sys.gettrace())

def good(frame, event, arg):
    print("good", event, frame.f_code.co_name)
    return None

sys.settrace(good)
work()
sys.settrace(None)

def raises_on_call(frame, event, arg):
    raise ValueError("no calls")

sys.settrace(raises_on_call)
try:
    work()
except ValueError as e:
    print("call tracer raised:", e, sys.gettrace())
