# frame objects seen by a tracer: f_back chains, f_lasti moves, the same frame object for
# a frame's events, clear(), frames of finished functions, generator frames
import sys

seen = {}
order = []


def tracer(frame, event, arg):
    key = frame.f_code.co_name
    if key in ("a", "b", "g"):
        first = seen.setdefault(key, frame)
        order.append((event, key, frame is first, frame.f_back.f_code.co_name,
                      type(frame.f_lasti).__name__))
    return tracer


def b():
    return 1


def a():
    return b() + b()


def g():
    yield 1
    yield 2


sys.settrace(tracer)
a()
list(g())
sys.settrace(None)
for entry in order:
    print(*entry)
fa = seen["a"]
print(fa.f_lineno, fa.f_back is None or fa.f_back.f_code.co_name, fa.f_code.co_name)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)
fa.clear()
print(fa.f_locals)
