# Replacing warnings.showwarning and warnings.formatwarning, calling them directly,
# and writing to a file object given as `file`.
import warnings


def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, filename == __file__, lineno, file, line)


warnings.showwarning = my_show
warnings.warn("goes to my_show")
warnings.warn("a deprecation", DeprecationWarning)
warnings.showwarning = warnings._showwarning_orig
warnings.warn("back to stderr")


def my_format(message, category, filename, lineno, line=None):
    return "[%s] %s (line %d)\n" % (category.__name__, message, lineno)


warnings.formatwarning = my_format
warnings.warn("formatted by my_format")
warnings.formatwarning = warnings._formatwarning_orig

print(repr(warnings.formatwarning("msg", UserWarning, "some.py", 12)))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "some.py", 12, "   x = 1   ")))
print(repr(warnings.formatwarning("msg", UserWarning, "some.py", 12, "")))
print(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, "<string>", 1)))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


out = Collector()
warnings.showwarning("to a file", UserWarning, "fake.py", 3, out)
warnings.showwarning("with a line", UserWarning, "fake.py", 4, out, "  source text")
print(out.parts)

# catch_warnings(record=True) collects direct showwarning calls too
with warnings.catch_warnings(record=True) as log:
    warnings.showwarning("direct", UserWarning, "fake.py", 5)
print(len(log), log[0].message, log[0].lineno)

# a showwarning that raises: the exception comes out of warn()
def angry(*args):
    raise KeyError("from showwarning")


warnings.showwarning = angry
try:
    warnings.warn("provoke")
except KeyError as e:
    print("KeyError", e)
warnings.showwarning = "not callable"
try:
    warnings.warn("provoke again")
except TypeError as e:
    print("TypeError:", e)
warnings.showwarning = warnings._showwarning_orig

# a warning about an object (source=) suggests tracemalloc, which CPython does not trace
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("unclosed thing", ResourceWarning, source=[1, 2])
    warnings.warn_explicit("explicit with source", UserWarning, "fake.py", 9, source="s")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", ResourceWarning, source=(3, 4))
print(log[0].source)
print("done")
