# __excepthook__ prints like the interpreter; a deleted excepthook is reported.
import sys

try:
    1 / 0
except ZeroDivisionError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
sys.__excepthook__(ValueError, ValueError("no traceback"), None)
sys.__excepthook__(int, 5, None)
print("still running")
sys.stdout.flush()
del sys.excepthook
raise OSError(2, "missing")
