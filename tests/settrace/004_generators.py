# generators: 'call' on every resume, 'return' on every yield with the yielded value
import sys

def tracer(frame, event, arg):
    if event == "exception":
        arg = (arg[0].__name__, arg[1], type(arg[2]).__name__)
    print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))
    return tracer

def gen(n):
    for i in range(n):
        yield i * 10
    return "end"

def delegating():
    r = yield from gen(2)
    yield r

def consume():
    out = []
    for v in gen(2):
        out.append(v)
    g = delegating()
    out.append(next(g))
    out.append(g.send(None))
    out.append(next(g))
    try:
        next(g)
    except StopIteration:
        out.append("stop")
    return out

sys.settrace(tracer)
r = consume()
sys.settrace(None)
print(r)

def closer():
    try:
        yield 1
    finally:
        print("closing")

sys.settrace(tracer)
c = closer()
next(c)
c.close()
g = (x * 2 for x in [1, 2])
print(list(g))
sys.settrace(None)
