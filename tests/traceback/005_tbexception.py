# TracebackException: capture now, format later
import sys
import traceback


def broken(x):
    return x.upper() + 1


try:
    broken("s")
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
    caught = e
print(te.exc_type, str(te), len(te.stack), te.stack[-1].name, te.__cause__, te.__context__)
print(te.__suppress_context__, te.exceptions)
print("".join(te.format()), end="")
print(list(te.format_exception_only()))
te.print(file=sys.stdout)
print(te == traceback.TracebackException.from_exception(caught))

try:
    try:
        broken(None)
    except AttributeError as inner:
        raise KeyError("outer") from inner
except KeyError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__)
    caught = e
print(te.__cause__.exc_type.__name__, te.__cause__._str, te.__context__ is not None)
print("".join(te.format()), end="")
print("".join(te.format(chain=False)), end="")
te = traceback.TracebackException(type(caught), caught, caught.__traceback__, compact=True)
print(te.__context__)

try:
    compile("a = (1,\n  2,, 3)\n", "bad.py", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
print(te.filename, te.lineno, repr(te.text), te.offset, te.end_offset, te.msg)
print("".join(te.format_exception_only()), end="")
try:
    compile("def f():\n\tx = 1\n\t  return x\n", "tabs.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
e = SyntaxError("custom message")
print(traceback.format_exception_only(e))
e = SyntaxError("with file", ("f.py", None, None, None))
print(traceback.format_exception_only(e))

e = ValueError("noted")
e.add_note("first note")
e.add_note("second\nmultiline")
print(traceback.format_exception_only(e))
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(ValueError, ValueError("legacy")))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))


class Local(Exception):
    pass


class Outer:
    class Nested(Exception):
        pass


print(traceback.format_exception_only(Local("m")), traceback.format_exception_only(Outer.Nested("n")))
import io
print(traceback.format_exception_only(io.UnsupportedOperation("u")))


def with_locals():
    secret = [1, 2]
    name = "value"
    raise OSError(2, "nope")


try:
    with_locals()
except OSError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack[-1].locals)
    print("".join(te.format()).split("secret")[0].splitlines()[-3:])
    te = traceback.TracebackException.from_exception(e, limit=1)
    print(len(te.stack))
try:
    traceback.format_exception(3)
except TypeError as e:
    print("TypeError", e)
try:
    traceback.print_exception(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError", e)
print(traceback.format_exception(KeyError, KeyError("k"), None))
