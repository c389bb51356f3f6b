# events of code run by exec/eval/compile, of an imported module's body, and of a function
# defined by exec
import sys


def tracer(frame, event, arg):
    co = frame.f_code
    name = co.co_filename.rsplit("/", 1)[-1]
    if name.startswith("<frozen") or name == "__init__.py":
        return None   # CPython's import machinery is Python code; twinpy's is not
    print(event, co.co_name, name, frame.f_lineno)
    return tracer


sys.settrace(tracer)
exec("a = 1\nb = a + 1\n")
print(eval("b * 2"))
exec(compile("def g():\n    return 5\n", "<gen>", "exec"))
print(g())
import _imported
print(_imported.f())
sys.settrace(None)
