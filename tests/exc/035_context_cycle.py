# context chains never form cycles, even when an exception is re-raised inside its own handler
def cycle():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError:
            raise a

try:
    cycle()
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
try:
    raise a
except ValueError as e:
    print("cycle ok", repr(e.__context__))
