# Subclasses of int keep int behaviour and can override it.
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)

m = MyInt(41)
print(m, repr(m), m + 1, type(m + 1).__name__, isinstance(m, int), m == 41, hash(m) == hash(41))
print(MyInt("ff", 16), MyInt(), MyInt(2 ** 80) // 2 ** 70)
print(int(m), type(int(m)).__name__, str(m), format(m, "04d"), m * m, -m, abs(MyInt(-3)))

class Weird(int):
    def __add__(self, other):
        return "added"

w = Weird(3)
print(w + 1, 1 + w, w - 1, [10, 20, 30, 40][w])
print(int.__new__(MyInt, 9), MyInt(7).bit_length(), MyInt(5).real, type(MyInt(5).real).__name__)
