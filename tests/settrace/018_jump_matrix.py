# f_lineno = n for every (from, to) line pair of a function with for and while loops,
# try/except, try/finally and with: the jumps allowed, the messages, what then runs
import sys

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        out.append("exit")
        return False

def target():
    out.append(1)
    for i in range(2):
        out.append(2)
        if i:
            out.append(3)
    try:
        out.append(4)
        raise ValueError
    except ValueError:
        out.append(5)
    try:
        out.append(6)
    finally:
        out.append(6.5)
    with CM():
        out.append(7)
    j = 0
    while j < 2:
        j += 1
        out.append(8)
    out.append(9)

FIRST = target.__code__.co_firstlineno
LAST = FIRST + 23

def run(at, to):
    done = []
    def tracer(frame, event, arg):
        if frame.f_code is not target.__code__:
            return tracer
        if event == "line" and frame.f_lineno == at and not done:
            done.append(1)
            try:
                frame.f_lineno = to
                done.append("ok")
            except ValueError as e:
                done.append(str(e))
        return tracer
    global out
    out = []
    sys.settrace(tracer)
    try:
        target()
    except Exception as e:
        out.append(type(e).__name__)
    sys.settrace(None)
    return done[1:] if done else None, out

for at in range(FIRST + 1, LAST + 1):
    for to in range(FIRST, LAST + 2):
        r, o = run(at, to)
        if r is not None:
            print(at - FIRST, to - FIRST, r, o)
