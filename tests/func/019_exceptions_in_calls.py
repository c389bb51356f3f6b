def inner():
    raise ValueError("boom")

def middle():
    inner()

def outer():
    try:
        middle()
    except ValueError as e:
        return "caught " + str(e)

print(outer())

def reraiser():
    try:
        inner()
    except ValueError:
        raise

try:
    reraiser()
except ValueError as e:
    print("reraised", e)

def chain():
    try:
        inner()
    except ValueError as e:
        raise KeyError("k") from e

try:
    chain()
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def implicit():
    try:
        inner()
    except ValueError:
        raise TypeError("t")

try:
    implicit()
except TypeError as e:
    print(repr(e.__context__), e.__cause__)

try:
    raise
except RuntimeError as e:
    print(e)

def no_from():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("x") from None
try:
    no_from()
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

import sys
print(sys.exc_info())
try:
    raise IndexError(3)
except IndexError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
try:
    try:
        raise 5
    except TypeError as e:
        print(e)
    try:
        pass
    except 1:
        pass
    try:
        raise ValueError
    except 1:
        pass
except TypeError as e:
    print(e)
