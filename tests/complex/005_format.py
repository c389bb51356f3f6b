# format() on complex numbers.
vals = [1 + 2j, 2j, -1.5 - 0.25j, complex(1e20, -1e-5), complex(-0.0, 1)]
for s in ["", ".2", ".2f", "e", "g", "10", "<20", "^20.1f", "+", " .1e", "*>18.3g", "F", "G", "#.0f"]:
    print(repr(s), [format(c, s) for c in vals])
for s in ["%", "d", "=10", "010", "x"]:
    try:
        print(format(1j, s))
    except ValueError as e:
        print(e)
print(f"{3+4j}", f"{3+4j:.1f}", "{:>12}".format(1 - 1j))
