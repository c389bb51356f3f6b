# f_locals: a snapshot dict (the same each time); changes made by a tracer are written back
import sys

seen = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == "f":
        loc = frame.f_locals
        seen.append(loc is frame.f_locals)
        if event == "line" and frame.f_lineno == 16:
            loc["a"] = 100
            print("tracer sees", sorted(loc.items()))
    return tracer

def f():
    a = 1
    b = 2
    return a + b

sys.settrace(tracer)
print(f())
sys.settrace(None)
print(all(seen), len(seen) > 0)
print(sys._getframe().f_locals is globals())

def g(x):
    y = x + 1
    fr = sys._getframe()
    d1 = fr.f_locals
    y = 5
    d2 = fr.f_locals
    return d1 is d2, sorted(d2)

print(g(1))
