# raise ... from None hides the context
def f():
    try:
        {}["x"]
    except KeyError:
        raise AttributeError("no attribute x") from None

f()
