# basic try/except/else flows
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("zero")
        return None
    else:
        print("else", r)
        return r

print(f(2))
print(f(0))

try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)

try:
    {}["k"]
except LookupError as e:
    print("lookup", repr(e))

try:
    int("x")
except ValueError as e:
    print(e)

# the name is unbound after the handler
try:
    raise TypeError("t")
except TypeError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# nested handlers, inner does not match
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong")
except KeyError as e:
    print("outer got", e)

# except Exception catches subclasses
class MyErr(Exception):
    pass
try:
    raise MyErr("mine")
except Exception as e:
    print(type(e).__name__, e.args)

# handler order matters
for exc in (ValueError("v"), TypeError("t"), RuntimeError("r")):
    try:
        raise exc
    except ValueError:
        print("V")
    except (TypeError, AttributeError):
        print("T")
    except Exception as e:
        print("other", e)
