# chained exceptions: __cause__, __context__, suppressed context, chain=False
import sys
import traceback


def fail(kind):
    if kind == "key":
        return {}["missing"]
    return 1 / 0


try:
    try:
        fail("key")
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError:
    traceback.print_exc(file=sys.stdout)
print("===")
try:
    try:
        fail("zero")
    except ZeroDivisionError:
        fail("key")
except KeyError:
    traceback.print_exc(file=sys.stdout)
    print("=== chain=False")
    traceback.print_exc(file=sys.stdout, chain=False)
print("===")
try:
    try:
        fail("zero")
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
print("===")


def three_levels():
    try:
        try:
            raise OSError("disk")
        except OSError as a:
            raise TypeError("type") from a
    except TypeError:
        raise LookupError("lookup")


try:
    three_levels()
except LookupError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print("".join(lines), end="")
print("===")
# a cycle in the chain is shown once
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            a.__context__ = b
            raise
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
print("===")
# an exception that was raised elsewhere and re-raised with a new traceback
saved = None
try:
    fail("zero")
except ZeroDivisionError as e:
    saved = e
try:
    raise saved
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
