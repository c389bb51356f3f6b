# extract_tb, FrameSummary, StackSummary, format_list, walk_tb, format_tb/print_tb
import sys
import traceback


def inner(d):
    return d["x"] + 1


def outer():
    return inner({"x": "s"})


try:
    outer()
except TypeError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno)
        print(repr(fs), len(fs), fs[0], fs[-1], list(fs) == [fs.filename, fs.lineno, fs.name, fs.line])
        filename, lineno, name, line = fs
        print(name, line)
    print(summary[-1] == ("003_extract_tb.py", 7, "inner", 'return d["x"] + 1'))
    print(summary[0] == summary[0], summary[0] == summary[1])
    print(traceback.format_list(summary))
    print(traceback.format_tb(tb))
    print(traceback.format_tb(tb, limit=1))
    print(traceback.format_tb(tb, limit=-1))
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_tb(tb, 2, sys.stdout)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print(len(traceback.extract_tb(tb, limit=2)), traceback.extract_tb(tb, limit=-1)[0].name)
    print(summary.format())

stack = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)])
print(stack.format())
traceback.print_list([("file.py", 10, "func", "call()"), ("file.py", 20, "other", "")], file=sys.stdout)
fs = traceback.FrameSummary("nofile.py", 3, "fn", line="  spaced line  ")
print(repr(fs.line), fs.colno, fs.locals)
fs = traceback.FrameSummary("nofile.py", 3, "fn", lookup_line=False, locals={"a": 1, "b": "two"})
print(repr(fs.line), fs.locals)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("003_extract_tb.py", 7, "inner")
print(repr(fs.line))
print(traceback.format_tb(None), traceback.extract_tb(None))
fs = traceback.FrameSummary("x.py", 1, "f", line="y = a + b", end_lineno=1, colno=4, end_colno=9)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("x.py", 1, "f", line="y = a[1]", end_lineno=1, colno=4, end_colno=8)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("x.py", 1, "f", line="f(x)", end_lineno=1, colno=0, end_colno=4)
print(traceback.StackSummary.from_list([fs]).format())
