# bool values, repr and the int behaviour of True/False.
print(True, False, repr(True), str(False), type(True).__name__, isinstance(True, int))
print(True + True, True * 10, False - 1, True / 2, -True, ~True, ~False, True ** 10, True // 1, True % 1)
print(int(True), float(False), hash(True), hash(False), True == 1, False == 0, True is True, True == 1.0)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("a"), bool([]), bool([0]), bool(None))
print(bool(0j), bool(2 ** 100), bool(float("nan")), bool({}), bool(()), bool(range(0)))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate(), type(True.conjugate()).__name__)
print(format(True), format(True, "d"), format(False, ">5"), f"{True}", "%d" % True, "%s" % False)
print(sum([True, True, False, True]), max(True, 0), [1, 2, 3][True], abs(True), type(abs(True)).__name__)
