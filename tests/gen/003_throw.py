def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after"
    finally:
        print("finally")

it = g()
print(next(it))
print(it.throw(ValueError("x")))
try:
    next(it)
except StopIteration:
    print("stopped")

it = g()
next(it)
try:
    it.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))

it = g()
try:
    it.throw(ValueError)
except ValueError:
    print("thrown into fresh generator")
print(list(it))

def h():
    while True:
        try:
            yield
        except TypeError:
            print("ignored TypeError")

x = h()
next(x)
x.throw(TypeError)
x.throw(TypeError("again"))
try:
    x.throw(1)
except TypeError as e:
    print(e)
