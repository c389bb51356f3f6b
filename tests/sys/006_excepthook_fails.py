# A failing excepthook: both exceptions are printed.
import sys

def hook(tp, value, tb):
    raise RuntimeError("the hook is broken")
sys.excepthook = hook
raise KeyError("original")
