# tracing recursive calls, and RecursionError under a tracer
import sys

depths = {}


def tracer(frame, event, arg):
    if event == "call":
        depths[frame.f_code.co_name] = depths.get(frame.f_code.co_name, 0) + 1
    return tracer


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def forever(n):
    return forever(n + 1)


sys.settrace(tracer)
print(fact(30))
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.settrace(None)
print(depths["fact"], depths["forever"] > 500)

events = []


def counting(frame, event, arg):
    events.append(event)
    return counting


def walk(n):
    if n:
        walk(n - 1)


sys.settrace(counting)
walk(50)
sys.settrace(None)
print(len(events), events.count("call"), events.count("line"), events.count("return"))
