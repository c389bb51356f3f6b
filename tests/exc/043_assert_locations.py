# where an assert's AssertionError is located: at its comparison, else the statement
def a(x): assert f(x)
def b(x): assert not x > 0
def c(x, y): assert x > 0 and y < 1
def d(x): assert x.y
def e(x): assert (x if x else 0)
def g(x): assert x[0]
def h(x): assert -x
def i(x): assert x < 1 < 2
def f(x): return 0
class O: y = 0
for fn, args in [(a, (1,)), (b, (1,)), (c, (1, 5)), (d, (O,)), (e, (0,)), (g, ([0],)), (h, (0,)), (i, (5,))]:
    try:
        fn(*args)
    except AssertionError:
        import traceback
        traceback.print_exc()
