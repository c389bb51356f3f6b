def memoize(f):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = f.__name__
    return wrapper


def trace(prefix):
    def deco(f):
        def inner(*a, **kw):
            print(prefix, f.__name__, a, sorted(kw.items()))
            return f(*a, **kw)
        return inner
    return deco


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@trace(">>")
def greet(name, punct="!"):
    return "hello " + name + punct


print(fib(80), len(fib.cache), fib.__name__)
print(greet("world"), greet("you", punct="?"))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
