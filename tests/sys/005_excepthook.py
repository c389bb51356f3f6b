# An uncaught exception goes to sys.excepthook when the program replaced it.
import sys

def hook(tp, value, tb):
    print("hook got", tp.__name__, value, type(tb).__name__, file=sys.stderr)
    print("innermost line", tb.tb_lineno if hasattr(tb, 'tb_lineno') else None)
sys.excepthook = hook
def fail():
    raise ValueError("unhandled")
print("before")
fail()
