# redirecting sys.stdout / sys.stderr into StringIO, as contextlib.redirect_stdout does
import io
import sys


class redirect:
    def __init__(self, name, target):
        self.name, self.target = name, target

    def __enter__(self):
        self.old = getattr(sys, self.name)
        setattr(sys, self.name, self.target)
        return self.target

    def __exit__(self, *exc):
        setattr(sys, self.name, self.old)


with redirect("stdout", io.StringIO()) as out:
    print("one")
    print("two", end="")
    sys.stdout.write("three\n")
print(repr(out.getvalue()))
with redirect("stderr", io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))


def report():
    print("report line", 42)


buf = io.StringIO()
old, sys.stdout = sys.stdout, buf
try:
    report()
    help_text = "captured"
finally:
    sys.stdout = old
print(buf.getvalue().upper(), end="")


class Tee(io.StringIO):
    def write(self, s):
        sys.__stdout__.write("tee:" + s)
        return super().write(s)


t = Tee()
print("via subclass", file=t)
print(repr(t.getvalue()))
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.IOBase))
