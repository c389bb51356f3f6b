# f_lineno = n in generators: from a 'line' event, and from the 'return' event of a yield
import sys

def gen():
    yield 1
    yield 2
    yield 3
    yield 4

def make_tracer(event_kind, at, to):
    done = []
    def tracer(frame, event, arg):
        if frame.f_code is gen.__code__ and event == event_kind and frame.f_lineno == at and not done:
            done.append(1)
            try:
                frame.f_lineno = to
                print("jumped", event_kind, at, "->", to)
            except ValueError as e:
                print("ValueError:", e)
        return tracer
    return tracer

for kind, at, to in [("line", 6, 8), ("line", 7, 5), ("return", 5, 7), ("return", 6, 5), ("exception", 5, 6)]:
    sys.settrace(make_tracer(kind, at, to))
    print(kind, at, to, list(gen()))
    sys.settrace(None)
