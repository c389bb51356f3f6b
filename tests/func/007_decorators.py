def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(5, b=6)
print(add.__name__)

def repeat(n):
    def deco(fn):
        def w():
            return [fn() for _ in range(n)]
        return w
    return deco

@repeat(3)
def one():
    return 1

print(one())

def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco

reg = []

@register(reg)
@register(reg)
def both():
    pass

print(reg)

class C:
    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls, x):
        return cls.__name__, x

    @property
    def p(self):
        return 42

print(C.s(2), C().s(3), C.c(1), C().c(2), C().p)
