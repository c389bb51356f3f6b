# __traceback__ objects and with_traceback
def fail():
    raise ValueError("x")

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    saved = e

e2 = KeyError("k")
print(e2.__traceback__)
r = e2.with_traceback(saved.__traceback__)
print(r is e2, e2.__traceback__ is saved.__traceback__)
e2.__traceback__ = None
print(e2.__traceback__)
try:
    e2.__traceback__ = 5
except TypeError as t:
    print(t)

# re-raising an exception keeps its traceback and adds entries
def again():
    raise saved

try:
    again()
except ValueError as e:
    n = 0
    t = e.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print("entries:", n)
