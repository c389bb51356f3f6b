# What no handler matches is re-raised: here it is uncaught and printed.
def work():
    raise ExceptionGroup("work failed", [ValueError("bad value"), TypeError("bad type"), KeyError("missing")])

try:
    work()
except* ValueError as e:
    print("handled", e.exceptions)
except* KeyError as e:
    print("handled", e.exceptions)
