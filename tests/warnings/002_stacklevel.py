# stacklevel: which frame a warning is attributed to (file, line and source line).
import warnings


def deprecated_api(level):
    warnings.warn("level %d" % level, UserWarning, stacklevel=level)


def caller(level):
    deprecated_api(level)


def outer(level):
    caller(level)


outer(1)
outer(2)
outer(3)
outer(4)
outer(0)
outer(-5)
# past the outermost frame the warning is attributed to sys, line 1
outer(50)


class Config:
    warnings.warn("in a class body")

    def method(self):
        warnings.warn("in a method", stacklevel=2)


Config().method()
f = lambda: warnings.warn("in a lambda")
f()
squares = [warnings.warn("in a comprehension %d" % i) for i in range(2)]


def gen():
    yield 1
    warnings.warn("in a generator")
    yield 2


print(list(gen()))
try:
    warnings.warn("bad level", stacklevel="2")
except TypeError as e:
    print("TypeError:", e)
print("done")
