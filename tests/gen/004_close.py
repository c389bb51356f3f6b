def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

it = g()
print(next(it))
it.close()
print(list(it))
it.close()

def stubborn():
    # ignores the first close only: a later finalizer would print an address
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
    yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = catches()
next(c)
print(c.close())

fresh = g()
fresh.close()
print(list(fresh))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
r = returns_on_exit()
next(r)
print(r.close())
