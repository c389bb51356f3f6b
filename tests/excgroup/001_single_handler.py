# One except* handler: it gets the matching part of the group, as a group.
import sys

try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print(type(e).__name__, repr(e.message), e.exceptions)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
print("after", sys.exc_info())

# only part of the group matches: the handler sees that part
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("matched", repr(e))
except ExceptionGroup as rest:
    print("rest", repr(rest))

# a handler that does not match does not run
try:
    try:
        raise ExceptionGroup("eg", [KeyError("k")])
    except* ValueError:
        print("not reached")
except ExceptionGroup as e:
    print("passed through", repr(e))

# nothing raised: no handler runs
try:
    x = 1
except* ValueError:
    print("not reached")
print("x", x)

# the match keeps the group's message, traceback and the leaves themselves
leaf = ValueError("same object")
try:
    raise ExceptionGroup("msg", [leaf, TypeError()])
except* ValueError as e:
    print(e.exceptions[0] is leaf, e.__traceback__ is not None)
except* TypeError:
    pass
