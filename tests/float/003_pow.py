# Float ** with special cases, overflow errors, and complex results.
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, 10.0 ** -3, (-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 1.0 ** float("nan"))
print(float("inf") ** 2, float("inf") ** -1, (-float("inf")) ** 3, 2.0 ** float("inf"), 0.5 ** float("inf"), (-1.0) ** float("inf"))
print(0.0 ** 5, (-0.0) ** 3, (-0.0) ** 2, float("nan") ** 0, 1.0 ** 1e300)
print((-8) ** (1 / 3))
print((-2.0) ** 0.5, (-1) ** 0.5)
for expr in ["0.0 ** -1", "2.0 ** 10000", "(-2.0) ** 10001", "10.0 ** 400", "pow(2.0, 3, 5)", "0 ** -2.0"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(pow(2.0, 3), pow(2, 0.5), 1e-300 ** 2)
