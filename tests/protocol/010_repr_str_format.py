# __repr__, __str__, __format__, ascii() and their interplay.
class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "both!"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "str only"


b = Both()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print(StrOnly(), repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))


class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"


print(format(Fmt(), "x>10"), f"{Fmt():abc}", "{:q}".format(Fmt()), format(Fmt()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(Both()), format(Both(), ""))
try:
    f"{Both():>5}"
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 1


for f, o in [(repr, BadRepr()), (str, BadStr()), (format, BadFormat())]:
    try:
        f(o)
    except TypeError as e:
        print("TypeError:", e)
print(ascii("héllo"), ascii(["ü", 1]), ascii("\U0001f600"), ascii(Both()))
print(repr(None), repr(NotImplemented), repr(...), str(None), repr(True))


class Rec:
    def __init__(self):
        self.me = [self]

    def __repr__(self):
        return f"Rec({self.me})"


try:
    repr(Rec())
except RecursionError:
    print("RecursionError")
print(object.__repr__(Both()).startswith("<__main__.Both object"), object.__str__(Both()))
print(repr(int), repr(Both), str(Both), repr(type), repr(object))
