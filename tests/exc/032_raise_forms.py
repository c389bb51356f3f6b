# raise with a class, an instance, a non-exception, and bare raise
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

try:
    raise object
except TypeError as e:
    print("TypeError:", e)

class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling")
        raise

try:
    reraise()
except KeyError as e:
    print("re-raised", e)

# re-raise after handling another exception in between
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("still outer:", e)

class Factory(Exception):
    def __init__(self):
        super().__init__("built by raise")
try:
    raise Factory
except Factory as e:
    print(e)
