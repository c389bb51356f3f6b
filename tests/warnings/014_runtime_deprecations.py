# DeprecationWarnings the runtime itself emits (shown by default for __main__).
import warnings


class Truncable:
    def __trunc__(self):
        return 13


class SubInt(int):
    pass


class SubFloat(float):
    pass


class SubComplex(complex):
    pass


class Odd:
    def __int__(self):
        return SubInt(5)

    def __index__(self):
        return SubInt(6)

    def __float__(self):
        return SubFloat(1.5)

    def __complex__(self):
        return SubComplex(2j)


print(int(Truncable()))
odd = Odd()
print(int(odd), float(odd), complex(odd), [0, 1, 2, 3, 4, 5, 6][odd], hex(odd))
print(bool(NotImplemented), not NotImplemented)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    int(Truncable())
    int(odd)
    [0, 1, 2, 3, 4, 5, 6, 7][odd]
    if NotImplemented:
        pass
for w in log:
    print(w.category.__name__, w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(Truncable())
    except DeprecationWarning as e:
        print("error:", e)
