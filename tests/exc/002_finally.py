# finally runs on every path
def f(mode):
    try:
        if mode == 0:
            return "ret"
        if mode == 1:
            raise ValueError("boom")
        print("normal")
    finally:
        print("finally", mode)
    return "end"

print(f(0))
try:
    f(1)
except ValueError as e:
    print("caught", e)
print(f(2))

def g():
    try:
        return 1
    finally:
        return 2   # overrides
print(g())

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
h()

def swallow():
    try:
        raise KeyError("x")
    finally:
        return "swallowed"
print(swallow())

# nested finally ordering
def nested():
    try:
        try:
            raise IndexError("i")
        finally:
            print("inner finally")
    except IndexError:
        print("handled")
    finally:
        print("outer finally")
nested()

# exception in finally replaces the original, with context
try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__))
