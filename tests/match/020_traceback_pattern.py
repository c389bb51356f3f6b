# An uncaught error raised by a pattern spanning several lines: the traceback shows the
# sub-pattern that raised (CPython 3.11's positions and carets).
class Version:
    __match_args__ = ("major", "minor")
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

class Strict:
    def __eq__(self, other):
        raise TypeError(f"cannot compare with {other!r}")

def check(v, wanted):
    match v:
        case Version(
            0,
            _,
        ):
            return "unstable"
        case Version(major, minor) if major > 9:
            return "future"
        case Version(
            major=1,
            minor=wanted.minor,
        ):
            return "exact"
    return "other"

class Wanted:
    minor = 2

print(check(Version(0, 5), Wanted()))
print(check(Version(10, 0), Wanted()))
print(check(Version(1, 2), Wanted()))
print(check(Version(1, 3), Wanted()))
w = Wanted()
w.minor = Strict()
print(check(Version(1, 0), w))
