# format() of ints and floats through format specs (used by str.format and f-strings)
for spec in ["", "d", "5", "<5", "^5", "=+7", "05", "+", " ", ",", "_", "x", "#x", "X", "#o", "b", "#b", "_b", "010,", "e", ".3f", "%", "n", "08.2f"]:
    try:
        print(repr(spec), repr(format(1234, spec)), repr(format(-42, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
for spec in ["", ".2f", "10.3e", "g", ".3g", "%", ".1%", "+.1f", "010.2f", ",.2f", "_.1f", "^12.4", "z.1f", "#.0f", "E", "G", "F"]:
    print(repr(spec), repr(format(12345.6789, spec)), repr(format(-0.0001, spec)), repr(format(float("inf"), spec)))
print("{:,}".format(10**12), "{:_x}".format(0xdeadbeef), "{:>10,.1f}|".format(9876.54), "{:*<+8d}|".format(5))
print(format(65, "c"), format(0x20ac, "^3c"), "{:c}".format(97))
