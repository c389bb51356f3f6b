# round() on floats: half-even to int, correctly rounded with ndigits.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, -3.7, 3.3]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(2.675, 2), round(1.005, 2), round(0.285, 2), round(123456.789, -2), round(-123456.789, -3))
print(round(1e300, -300), round(5e-324, 400), round(1.5, None), round(0.0, 3), round(-0.0, 1))
print(round(float("inf"), 2), round(float("nan"), 1), round(12.5, -1), round(15.0, -1), round(25.0, -1))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except Exception as e:
        print(type(e).__name__, e)
print(round(7.0, 10 ** 20), round(7.0, -(10 ** 20)))
