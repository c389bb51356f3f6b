# line events of with blocks, decorators, class bodies, lambdas, multi-line statements,
# conditional expressions, chained comparisons, try/else, assert and del
import sys

lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        lines.append((event, frame.f_code.co_name, frame.f_lineno - FIRST))
    return tracer


class CM:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False


def deco(f):
    return f


FIRST = sys._getframe().f_lineno + 2

def body():
    with CM() as v:
        w = v + 1
    @deco
    @deco
    def inner():
        return 1
    class K:
        a = 1
        def m(self):
            return 2
    f = lambda x: (x +
                   1)
    t = (1,
         2,
         f(3))
    c = 2 if t else 1
    ok = 1 < c < 3
    try:
        pass
    except Exception:
        pass
    else:
        e = 1
    assert ok
    del e
    return inner() + K().m()


sys.settrace(tracer)
body()
sys.settrace(None)
for entry in lines:
    print(*entry)
