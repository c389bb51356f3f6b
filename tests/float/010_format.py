# format() with the float format-spec mini-language.
vals = [0.0, 1.0, -1.5, 123.456, 1e16, 1e-5, 1234567.0, -0.0, 2.5e-300, float("inf"), float("nan")]
specs = ["", ".3", ".0", "#", "e", ".2e", "E", "f", ".2f", "F", "g", ".3g", "#g", "G", "n", "%", ".1%",
         "10.2f", "<10", "^10", "*>12.3e", "+", " .2f", ",.2f", "_.1f", "010.2f", "z.1f", "+08.2e"]
for s in specs:
    print(repr(s), [format(v, s) for v in vals])
print(format(1e100, ".0f"), format(0.1, ".30f"), format(1234567.891, ",.2f"), format(-1234.5, "=+12,.1f"))
print(f"{3.14159:.2f} {2.5:08.3f} {1e-10:g} {100.0:%}")
for s in ["d", "x", ".2d", ",n", "=^", "abc", ".", "_,f"]:
    try:
        print(format(1.5, s))
    except ValueError as e:
        print(e)
