# Several handlers: each one matches what the previous ones left.
def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("  ValueError:", e.exceptions)
    except* (TypeError, KeyError) as e:
        print("  TypeError/KeyError:", e.exceptions)
    except* LookupError as e:
        print("  LookupError:", e.exceptions)
    except* Exception as e:
        print("  Exception:", e.exceptions)

print("all kinds")
run([ValueError(1), TypeError(2), KeyError(3), IndexError(4), OSError(5), ValueError(6)])
print("only lookups")
run([IndexError(1), KeyError(2)])
print("only other")
run([ZeroDivisionError(1)])

# a handler for a base class takes the subclasses too; the order of handlers counts
try:
    raise ExceptionGroup("eg", [KeyError(1), IndexError(2)])
except* LookupError as e:
    print("lookup first:", e.exceptions)
except* KeyError as e:
    print("not reached", e)

# every handler runs at most once, even for many matching leaves
count = 0
try:
    raise ExceptionGroup("eg", [ValueError(i) for i in range(5)])
except* ValueError as e:
    count += 1
    print("leaves", len(e.exceptions))
print("count", count)

# handlers run in order and see a handled exception of their own
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* TypeError:
    print("T handled:", repr(sys.exc_info()[1]))
except* ValueError:
    print("V handled:", repr(sys.exc_info()[1]))
