def g():
    try:
        yield 1
    except Exception as e:
        yield "handled " + type(e).__name__
    yield "end"

it = g()
next(it)
print(it.throw(ZeroDivisionError))
print(next(it))

import sys
def exc_info_in_gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

e = exc_info_in_gen()
print(next(e))
print(sys.exc_info()[0])
print(next(e))
print(next(e))

def raiser():
    yield 1
    raise ValueError("from gen")

try:
    for x in raiser():
        print(x)
except ValueError as ex:
    print("caught", ex)

def finally_gen():
    try:
        yield 1
    finally:
        print("finally in gen")
for x in finally_gen():
    print(x)
