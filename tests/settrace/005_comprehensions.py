# 3.11 comprehensions run in their own frames
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == "return" else "")
    return tracer

def f():
    a = [x + 1 for x in range(3)]
    b = {x for x in a if x > 1}
    c = {k: v for k, v in zip("ab", a)}
    d = sum(y for y in a)
    return a, sorted(b), c, d

sys.settrace(tracer)
print(f())
sys.settrace(None)
