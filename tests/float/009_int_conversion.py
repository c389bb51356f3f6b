# float -> int conversions: int(), trunc/floor/ceil, is_integer, as_integer_ratio.
for v in [0.0, 2.5, -2.5, 1e20, -1e20, 1e300, 0.1, -0.9]:
    print(v, int(v), v.__trunc__(), v.__floor__(), v.__ceil__(), v.is_integer(), v.as_integer_ratio())
for v in [float("inf"), float("-inf"), float("nan")]:
    for f in (int, lambda x: x.__floor__(), lambda x: x.as_integer_ratio()):
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
print((2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (3.0).__int__(), (3.5).conjugate(), (3.5).real, (3.5).imag)
