# setprofile with generators, exceptions through frames, methods of builtin objects,
# builtins called through map, and a profiler that raises
import sys

log = []


def profiler(frame, event, arg):
    name = arg.__name__ if event.startswith("c_") else ""
    log.append((event, frame.f_code.co_name, name))


def gen():
    yield 1
    raise KeyError("k")


def consume():
    try:
        for v in gen():
            pass
    except KeyError:
        pass
    return list(map(abs, [-1, -2])), "a,b".split(","), sorted([3, 1], key=lambda x: -x)


sys.setprofile(profiler)
consume()
sys.setprofile(None)
for entry in log:
    print(*entry)


def bad_profiler(frame, event, arg):
    if event == "return":
        raise RuntimeError("profiler failed")


def victim():
    return 5


sys.setprofile(bad_profiler)
try:
    victim()
except RuntimeError as e:
    print("RuntimeError:", e, sys.getprofile())
