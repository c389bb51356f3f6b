# the local tracer: None from 'call' means no local events (calls made are still reported);
# any non-None return value of a local event replaces f_trace; None from 'line' keeps it
import sys

log = []

def global_tracer(frame, event, arg):
    name = frame.f_code.co_name
    log.append(("global", event, name))
    if name == "quiet":
        return None
    if name == "switching":
        return first
    return local

def local(frame, event, arg):
    log.append(("local", event, frame.f_code.co_name, frame.f_lineno))
    return None

def first(frame, event, arg):
    log.append(("first", event, frame.f_lineno))
    return second

def second(frame, event, arg):
    log.append(("second", event, frame.f_lineno))
    return None

def leaf():
    return 1

def quiet():
    a = leaf()
    b = leaf()
    return a + b

def switching():
    x = 1
    y = 2
    return x + y

def normal():
    s = 0
    for i in range(2):
        s += i
    return s

sys.settrace(global_tracer)
quiet()
switching()
normal()
sys.settrace(None)
for entry in log:
    print(*entry)
