# An excepthook may decide the exit status with sys.exit.
import sys

def hook(tp, value, tb):
    print("exiting from the hook:", value)
    sys.exit(3)
sys.excepthook = hook
raise ZeroDivisionError("boom")
