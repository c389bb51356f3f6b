# Nested groups: the matched part and the rest keep the nesting.
def tree(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(tree(x) for x in e.exceptions)}])"
    return repr(e)

def make():
    return ExceptionGroup("top", [
        ValueError(1),
        ExceptionGroup("mid", [TypeError(2), ExceptionGroup("deep", [ValueError(3), KeyError(4)])]),
        KeyError(5),
    ])

try:
    raise make()
except* ValueError as e:
    print("V:", tree(e))
except* KeyError as e:
    print("K:", tree(e))
except* TypeError as e:
    print("T:", tree(e))

# the unmatched rest keeps the structure too
try:
    try:
        raise make()
    except* ValueError as e:
        print("V:", tree(e))
except ExceptionGroup as e:
    print("rest:", tree(e))

# re-raising parts from several handlers puts them back in place
try:
    try:
        raise make()
    except* ValueError:
        raise
    except* KeyError:
        raise
    except* TypeError:
        print("T handled")
except ExceptionGroup as e:
    print("reraised:", tree(e))

# a new group raised in a handler is nested as it is
try:
    try:
        raise make()
    except* TypeError:
        raise ExceptionGroup("new", [OSError(6), ExceptionGroup("newer", [OSError(7)])])
except ExceptionGroup as e:
    print("combined:", tree(e))
