# except* may not name an exception group type, nor a non-exception.
def attempt(kind):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* kind:
            print("not reached")
    except TypeError as e:
        print(e)
        print("  context:", repr(e.__context__))

attempt(ExceptionGroup)
attempt(BaseExceptionGroup)
attempt((ValueError, ExceptionGroup))
class MyGroup(ExceptionGroup):
    pass
attempt(MyGroup)
attempt(int)
attempt((ValueError, 42))

# the check happens even when nothing would match, and for a naked exception
try:
    try:
        raise KeyError("k")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e, repr(e.__context__))

# uncaught: the TypeError, during the handling of the group
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    pass
except* ExceptionGroup:
    pass
