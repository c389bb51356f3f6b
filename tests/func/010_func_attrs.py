def f(a, b=1, *args, c, d=2, **kw):
    "docstring here"
    x = a
    return x

print(f.__name__)
print(f.__qualname__)
print(f.__module__)
print(f.__doc__)
print(f.__defaults__)
print(f.__kwdefaults__)
print(f.__code__.co_name)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)
print(f.__globals__ is globals())
print(f.__closure__)
print(f.__dict__)
f.attr = 5
print(f.attr, f.__dict__)

def g():
    return 1
print(g.__doc__)

class A:
    def m(self):
        pass
    class B:
        def n(self):
            pass

print(A.m.__qualname__, A.B.n.__qualname__)
print(repr(A.m).startswith("<function A.m at 0x"))
print(repr(f).startswith("<function f at 0x"))

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(repr(outer()).startswith("<function outer.<locals>.inner at 0x"))

def ann(a: int, b: "str" = "x") -> float:
    pass
print(ann.__annotations__)
f.__name__ = "renamed"
print(f.__name__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
print(type(f).__name__, callable(f))
