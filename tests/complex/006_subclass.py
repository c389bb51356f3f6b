# complex subclasses and __complex__.
class Z(complex):
    def norm2(self):
        return self.real ** 2 + self.imag ** 2

z = Z(3, 4)
print(z, repr(z), z.norm2(), z + 1, type(z + 1).__name__, isinstance(z, complex), abs(z))

class C:
    def __complex__(self):
        return 5 + 6j

print(complex(C()), complex(1.5, 2), complex(Z(1, 1)), type(complex(Z(1, 1))).__name__)

class BadC:
    def __complex__(self):
        return 1
try:
    complex(BadC())
except TypeError as e:
    print(e)
print((1 + 2j).__complex__(), (2j).__getnewargs__(), (1j).real, (1j).imag)
