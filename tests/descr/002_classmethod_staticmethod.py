# classmethod and staticmethod through instances and classes.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))

    @staticmethod
    def is_valid(s):
        return len(s.split("-")) == 3

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-1-2"), MyDate.from_string("2000-3-4"))
print(Date(1, 1, 1).from_string("1-2-3"), Date.is_valid("1-2-3"), Date(1, 2, 3).is_valid("x"))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_valid"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(sm.__wrapped__ is sm.__func__, sm.__name__, cm.__qualname__)
print(sm("a-b-c"), cm.__get__(None, MyDate)("5-6-7"))
bound = Date.from_string
print(bound.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(repr(sm).startswith("<staticmethod(<function Date.is_valid at"))
print(repr(cm).startswith("<classmethod(<function Date.from_string at"))


def standalone(x):
    return x * 2


class Holder:
    f = staticmethod(standalone)
    g = classmethod(lambda cls, v: (cls.__name__, v))


print(Holder.f(4), Holder().f(5), Holder.g(1), Holder().g(2))
try:
    classmethod()
except TypeError as e:
    print("TypeError:", e)
print(staticmethod(len)([1, 2]))
