# else and finally with except*.
def run(excs):
    try:
        print("  body")
        if excs:
            raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("  handler", e.exceptions)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

print("no exception")
run([])
print("handled")
run([ValueError(1)])
print("unhandled")
try:
    run([ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("outside:", repr(e))

# finally runs when a handler raises
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("handler")
    finally:
        print("g finally")

try:
    g()
except Exception as e:
    print("g:", repr(e), repr(e.__context__))

# return in finally (allowed) swallows the group
def h():
    try:
        raise ExceptionGroup("eg", [TypeError(1)])
    except* ValueError:
        pass
    finally:
        return "h returned"

print(h())

# an exception in else is not handled by the handlers
try:
    try:
        pass
    except* ValueError:
        print("not reached")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("else raised:", repr(e))

# try/finally nested in a handler; a loop with break and a with block inside a handler
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0])

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    try:
        print("inner try")
    finally:
        print("inner finally")
    for i in range(5):
        if i == 2:
            break
    print("i", i)
    with CM():
        print("in with")
