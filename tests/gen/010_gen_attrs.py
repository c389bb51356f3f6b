def g():
    x = yield 1
    yield x

it = g()
print(it.__name__, it.__qualname__)
print(it.gi_running)
print(it.gi_code.co_name)
print(it.gi_frame is not None)
print(repr(it).startswith("<generator object g at 0x"))
next(it)
print(it.gi_frame.f_lineno)
list(it)
print(it.gi_frame)

class A:
    def m(self):
        yield self
print(A().m().__qualname__)

def running():
    yield me.gi_running
me = running()
print(next(me))

def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(e)
print(iter(it) is it)
