print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.5), round(1.4999))
print(round(2.675, 2), round(1.2345, 2), round(1.005, 2), round(0.125, 2), round(-1.5, 0))
print(round(123.456, -1), round(155.0, -1), round(-155.0, -2), round(1e300, 2), round(0.0, 3))
print(round(5), round(15, -1), round(25, -1), round(-15, -1), round(149, -2), round(150, -2), round(250, -2))
print(round(2 ** 70 + 5, -1), round(True), round(7, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)))
print(round(1.5, None), round(number=3.7), round(2.55, ndigits=1))

class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))

for bad in [lambda: round("x"), lambda: round(1.5, "x"), lambda: round(float("inf")),
            lambda: round(float("nan")), lambda: round()]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
