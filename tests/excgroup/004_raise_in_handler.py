# Exceptions raised in handlers are combined with the unmatched rest.
def show(e, indent=""):
    if isinstance(e, BaseExceptionGroup):
        print(f"{indent}{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            show(x, indent + "  ")
    else:
        ctx = e.__context__
        print(f"{indent}{e!r}" + (f" context={ctx!r}" if ctx is not None else ""))

# a new exception and an unmatched rest: a new ExceptionGroup("", [new, rest])
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError("from V")
    except* TypeError:
        pass
except ExceptionGroup as e:
    show(e)

# only a new exception and nothing left over: it is raised as it is
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise IndexError("alone")
except Exception as e:
    show(e)

# two handlers raising: both new exceptions, in order
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise OSError("one")
    except* TypeError:
        raise OSError("two")
except ExceptionGroup as e:
    show(e)

# a bare raise re-raises the matched part: it goes back into the original structure
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    show(e)

# re-raised and raised together; `raise e` counts as raising anew
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise e
    except* KeyError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    show(e)

# raise ... from in a handler, and a group raised in a handler
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise RuntimeError("caused") from v
    except* TypeError:
        raise ExceptionGroup("inner", [OSError(5), OSError(6)])
except ExceptionGroup as e:
    show(e)
    print(repr(e.exceptions[0].__cause__), e.exceptions[0].__suppress_context__)
