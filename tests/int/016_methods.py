# int methods and attributes.
for v in [0, 1, -1, 255, 2 ** 100, -(2 ** 100) + 1]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((100).to_bytes(), (1024).to_bytes(2), (2 ** 64).to_bytes(9, byteorder="little"), (-129).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
for args in [(1, 0, "big"), (-1, 1, "big"), (256, 1, "little"), (128, 1, "big", True), (1, -1, "big"), (1, 1, "middle")]:
    try:
        v, rest = args[0], args[1:]
        print(v.to_bytes(*rest[:2], signed=len(rest) > 2))
    except Exception as e:
        print(type(e).__name__, e)
print(int.__add__(3, 4), int.__radd__(3, 4), int.__sub__(3, 4), int.__rsub__(3, 4), int.__add__(3, 4.0))
print((5).__truediv__(2), (5).__rtruediv__(2), (5).__floordiv__(2), (7).__divmod__(2), (7).__rdivmod__(30))
print((3).__pow__(4), (3).__pow__(4, 5), (3).__rpow__(2), (10).__index__(), (10).__float__())
print((-7).__abs__(), (7).__neg__(), (0).__bool__(), (6).__invert__(), (9).__trunc__(), (9).__floor__(), (9).__ceil__())
