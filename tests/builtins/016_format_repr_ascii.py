print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "x"), format(1234567, ","))
print(repr(format(12)), format(True), format(None), format([1, 2]))

class F:
    def __format__(self, spec):
        return "F(%s)" % spec
print(format(F(), "abc"), "{:xyz}".format(F()), f"{F():!<3}")
print(repr("a'b"), repr('a"b'), repr("\n\t"), repr(1.0), repr([1, "x"]), repr(None))
print(ascii("héllo"), ascii("\u20ac"), ascii([1, "ü"]), ascii("plain"), ascii("\U0001f600"))

class R:
    def __repr__(self):
        return "R()"
print(repr(R()), ascii(R()), str(R()), [R()])

for f in [lambda: format(1, 2), lambda: format(1, "q"), lambda: format("s", "d"), lambda: format()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
