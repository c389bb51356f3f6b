# __cause__, __context__, __suppress_context__ and raise ... from
def show(e):
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("from") from z
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from none") from None
except ValueError as e:
    show(e)

try:
    raise KeyError("k") from TypeError("t")
except KeyError as e:
    show(e)

e = ValueError("fresh")
show(e)
e.__cause__ = KeyError(1)
show(e)
e.__context__ = IndexError(2)
e.__suppress_context__ = False
show(e)
try:
    e.__cause__ = 5
except TypeError as t:
    print("TypeError:", t)
try:
    e.__context__ = "x"
except TypeError as t:
    print("TypeError:", t)

# raising the handled exception again does not make it its own context
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)

# a context chain: A -> B -> C
try:
    try:
        try:
            raise OSError("A")
        except OSError:
            raise KeyError("B")
    except KeyError:
        raise IndexError("C")
except IndexError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
