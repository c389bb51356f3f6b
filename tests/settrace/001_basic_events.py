# call, line and return events of plain functions, with the local tracer returned by 'call'
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))
    return tracer

def add(a, b):
    c = a + b
    return c

def outer(n):
    total = 0
    total += add(n, 1)
    return total * 2

sys.settrace(tracer)
x = outer(3)
sys.settrace(None)
print("result", x)

def one_liner(): return 42
sys.settrace(tracer)
one_liner()
sys.settrace(None)

def decorated_target(x):
    return x
def deco(f):
    return f
@deco
def with_deco():
    pass
sys.settrace(tracer)
with_deco()
sys.settrace(None)
print(sys.gettrace())
