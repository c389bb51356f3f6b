# The reflected method of a subclass goes first; NotImplemented hand-offs.
class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"

    def __lt__(self, o):
        return "Base.__lt__"

    def __gt__(self, o):
        return "Base.__gt__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"

    def __gt__(self, o):
        return "Derived.__gt__"


class Same(Base):
    pass


print(Base() + Derived())
print(Base() + Same())
print(Derived() + Base())
print(Base() < Derived())
print(Base() < Same())


class NI:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "NI.__radd__"


class Other:
    def __radd__(self, o):
        return "Other.__radd__"


print(NI() + Other(), 1 + NI())
try:
    NI() + NI()
except TypeError as e:
    print("TypeError:", e)


class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__"

    def __rsub__(self, o):
        return NotImplemented


print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(2))


class MyStr(str):
    def __rmod__(self, o):
        return "MyStr.__rmod__"


print("%s" % MyStr("x"))
