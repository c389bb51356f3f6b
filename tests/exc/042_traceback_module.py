# the traceback module: print_exc, format_exc, format_exception and friends
import sys
import traceback

print(repr(traceback.format_exc()))

def inner(x):
    return x["key"] + 1

def outer():
    return inner({})

try:
    outer()
except KeyError as e:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, None))
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    print(len(traceback.format_tb(e.__traceback__)))
    traceback.print_exc()

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")

print(traceback.format_exception_only(ValueError, ValueError("only")))
print(traceback.format_exception_only(None))
try:
    compile("x = (1,\n", "bad.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
