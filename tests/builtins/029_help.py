# help(object) for functions prints the signature and the cleaned docstring, as pydoc.
def f(a, b=2, *args, c, d=[1], **kw):
    """Do f.

    More text, indented
      and more."""

def g():
    pass

def h(x, /, y, *, z=None):
    "One line."

def ann(n: int, s: str = 'x') -> list:
    pass

class C:
    """A class."""
    def m(self, x):
        "method m"

help(f)
help(g)
help(h)
help(ann)
help(C.m)
help('no_such_thing_xyz')
print(repr(help))
