# repeated entries collapse into "[Previous line repeated N more times]"
import sys
import traceback


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    return recurse(n - 1)


for depth in [2, 3, 4, 10]:
    try:
        recurse(depth)
    except RecursionError:
        print("".join(traceback.format_exc().splitlines(True)[-6:]), end="")
        print(len(traceback.format_exc().splitlines()))


def a(n):
    if n == 0:
        1 / 0
    return b(n)


def b(n):
    return a(n - 1)


try:
    a(5)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

s = traceback.StackSummary.from_list([("f.py", 1, "f", "x")] * 6 + [("f.py", 2, "g", "y")])
print(s.format())


def deep(n):
    return deep(n + 1)


sys.setrecursionlimit(150)
try:
    deep(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-2][:26])
    print(lines[-1], end="")
