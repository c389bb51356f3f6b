# Numeric conversions on custom objects: __int__, __float__, __index__, __abs__, __round__.
class N:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __abs__(self):
        return N(abs(self.v))

    def __round__(self, nd=None):
        return round(self.v, nd)

    def __neg__(self):
        return N(-self.v)

    def __repr__(self):
        return f"N({self.v})"


n = N(-2.7)
print(int(n), float(n), abs(n), round(n), round(n, 1), -n)
try:
    [1, 2][n]
except TypeError as e:
    print("TypeError:", e)


class Divmod:
    def __divmod__(self, o):
        return ("divmod", o)

    def __rdivmod__(self, o):
        return ("rdivmod", o)


print(divmod(Divmod(), 3), divmod(3, Divmod()))
print(pow(2, 10), pow(2.0, 3), 7 // 2, -7 // 2, 7 % -3, 2 ** -1, 10 / 4)
print(1 + 2.5, 3 * 1.5, 2 - True, True + True, 1.5 // 1, 7.5 % 2)
