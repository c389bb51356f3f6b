# traceback.format_exc / print_exc: entries, source lines and 3.11's caret lines
import sys
import traceback

print(repr(traceback.format_exc()))


def div(a, b):
    return a / b


def index(seq, i):
    return seq[i] * 2


class Obj:
    def method(self, x):
        return x.missing_attribute


def calls(fn, *args):
    return fn(*args)


cases = [
    lambda: div(1, 0),
    lambda: index([1, 2], 5),
    lambda: index({"a": 1}, "b"),
    lambda: Obj().method(3),
    lambda: calls(int, "nope"),
    lambda: calls(div, 2, 0),
    lambda: [1, 2] + None,
    lambda: undefined_name,
]
for case in cases:
    try:
        case()
    except Exception:
        print(traceback.format_exc(), end="")
        print("---")

try:
    x = {"key": [1, 2, 3]}
    y = x["key"][1] + x["key"][10]
except IndexError:
    traceback.print_exc(file=sys.stdout)

try:
    total = (1 +
             2 +
             "three")
except TypeError:
    traceback.print_exc(file=sys.stdout)

try:
    value = 10 // (5 - 5)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

try:
    a = b = 0
    r = a ** -1 if b else div(a, b)
except ZeroDivisionError:
    traceback.print_exc(limit=1, file=sys.stdout)
    print(traceback.format_exc(limit=0), end="")
    print(traceback.format_exc(limit=-1), end="")

try:
    raise ValueError
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    raise KeyError("k")
except KeyError:
    print(traceback.format_exc(chain=False), end="")
