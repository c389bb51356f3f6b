# A naked exception (not a group) is wrapped in ExceptionGroup("", [exc]) for matching.
def tree(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(tree(x) for x in e.exceptions)}])"
    return repr(e)

try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped:", tree(e), e.__traceback__)

# not matched: re-raised as it is, not wrapped
try:
    try:
        raise KeyError("naked")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("unwrapped:", repr(e))

# a bare raise re-raises the wrapping group
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", tree(e))

# a new exception from the handler replaces it (no extra group)
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new")
except TypeError as e:
    print("new:", repr(e), "context:", tree(e.__context__))

# a naked BaseException is wrapped in a BaseExceptionGroup
try:
    raise KeyboardInterrupt("ki")
except* KeyboardInterrupt as e:
    print("base:", tree(e))

# only the first matching handler runs
try:
    raise IndexError(1)
except* LookupError as e:
    print("lookup:", tree(e))
except* IndexError as e:
    print("not reached")

# a naked exception raised from a function, re-raised uncaught
def f():
    raise ValueError("from f")

try:
    f()
except* ValueError:
    raise
