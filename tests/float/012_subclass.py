# float subclasses.
class Temp(float):
    def describe(self):
        return "%.1f degrees" % self

t = Temp(21.5)
print(t, repr(t), t.describe(), t + 1, type(t + 1).__name__, isinstance(t, float), t == 21.5)
print(Temp("3.25"), Temp(), Temp(2) * 2, int(Temp(9.9)), round(Temp(2.5)), hash(Temp(1.0)) == hash(1))

class Loud(float):
    def __repr__(self):
        return "Loud!"
    def __add__(self, other):
        return "sum"

print(repr(Loud(1)), Loud(1) + 1, 1 + Loud(1), Loud(2) * 3, str(Loud(5)))
print(float.__new__(Temp, 4), Temp.fromhex("0x1p3"), type(Temp.fromhex("0x1p3")).__name__)
