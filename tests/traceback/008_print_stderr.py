# print_exc and print_exception write to sys.stderr by default; sys.tracebacklimit
import io
import sys
import traceback


def f():
    raise ValueError("to stderr")


print("before")
try:
    f()
except ValueError as e:
    traceback.print_exc()
    print("between")
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, e.__traceback__)
    traceback.print_exception(type(e), e, None)
    traceback.print_exception(e, limit=1, file=sys.stdout)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1])
    saved = sys.stderr
    sys.stderr = io.StringIO()
    traceback.print_exc()
    captured = sys.stderr.getvalue()
    sys.stderr = saved
    print(len(captured.splitlines()))
    sys.tracebacklimit = 1
    print(traceback.format_exc(), end="")
    sys.tracebacklimit = 0
    print(traceback.format_exc(), end="")
    sys.tracebacklimit = -3
    print(traceback.format_exc(), end="")
    del sys.tracebacklimit
    print(len(traceback.format_exc().splitlines()))
print("after")
