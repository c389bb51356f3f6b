# exception groups in the traceback module: nested boxes, width and depth limits
import sys
import traceback


def raiser(exc):
    raise exc


def make_group():
    errors = []
    for exc in [ValueError("v"), TypeError("t")]:
        try:
            raiser(exc)
        except Exception as e:
            errors.append(e)
    return ExceptionGroup("several", errors)


try:
    raise make_group()
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
    te = traceback.TracebackException.from_exception(eg)
    print(len(te.exceptions), [x.exc_type.__name__ for x in te.exceptions])

inner = ExceptionGroup("inner", [KeyError("k"), OSError("o")])
outer = ExceptionGroup("outer", [inner, ZeroDivisionError("z")])
print("".join(traceback.format_exception(outer)), end="")
many = ExceptionGroup("many", [ValueError(i) for i in range(5)])
te = traceback.TracebackException.from_exception(many, max_group_width=2)
print("".join(te.format()), end="")
deep = ValueError("leaf")
for i in range(4):
    deep = ExceptionGroup(f"level{i}", [deep])
te = traceback.TracebackException.from_exception(deep, max_group_depth=2)
print("".join(te.format()), end="")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("in except*")
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
be = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(traceback.format_exception_only(be))
g = ExceptionGroup("with note", [ValueError("x")])
g.add_note("group note")
print("".join(traceback.format_exception(g)), end="")
