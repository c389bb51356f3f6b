def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")

def outer():
    try:
        x = yield from inner()
        print("inner result", x)
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("---")
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print("---")
def sub():
    yield 1
    return "sub ret"
def top():
    r = yield from sub()
    yield r
t = top()
print(next(t), next(t))
print("---")
def gi():
    yield from inner()
x = gi()
next(x)
print(x.gi_yieldfrom is not None)
x.close()
print(x.gi_yieldfrom)
