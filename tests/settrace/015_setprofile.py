# setprofile: call/return (also on generator resume/yield), c_call/c_return/c_exception for
# builtin functions and methods (not for calling types); no line events
import sys

def profiler(frame, event, arg):
    if event.startswith("c_"):
        print(event, frame.f_code.co_name, arg.__name__)
    else:
        print(event, frame.f_code.co_name, repr(arg))
    return "ignored"

def helper(x):
    return len(x) + abs(-1)

def gen():
    yield 1
    yield 2

def failing():
    return int("x")

def f():
    n = helper([1, 2])
    s = sum(gen())
    t = int("5")            # calling a type is not a c_call
    d = {}
    d.setdefault("k", 1)
    try:
        failing()
    except ValueError:
        pass
    try:
        len(5)
    except TypeError:
        pass
    return n + s + t

sys.setprofile(profiler)
print(f())
sys.setprofile(None)
print(sys.getprofile())
