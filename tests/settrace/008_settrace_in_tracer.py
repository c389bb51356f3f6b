# settrace inside a tracer changes the global function for future calls only;
# sys.settrace(None) inside a tracer stops all events at once
import sys

def second(frame, event, arg):
    print("second", event, frame.f_code.co_name)
    return second

def first(frame, event, arg):
    print("first", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_code.co_name == "a":
        sys.settrace(second)
    return first

def b():
    return 2

def a():
    x = b()
    y = b()
    return x + y

sys.settrace(first)
a()
sys.settrace(None)

def stopper(frame, event, arg):
    print("stopper", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == 36:
        sys.settrace(None)
    return stopper

def c():
    p = 1
    q = b()
    for i in range(3):
        p += i
    return p

sys.settrace(stopper)
print(c())
print(sys.gettrace())
