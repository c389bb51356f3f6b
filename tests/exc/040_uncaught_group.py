# an uncaught exception group is drawn as nested boxes
def f():
    raise ValueError("inner")

def g():
    try:
        f()
    except ValueError as e:
        ex = e
    ex.add_note("a note on the inner error")
    raise ExceptionGroup("eg", [ex, TypeError(2), ExceptionGroup("nested", [KeyError("k")])])

try:
    g()
except Exception as e:
    raise RuntimeError("wrap") from e
