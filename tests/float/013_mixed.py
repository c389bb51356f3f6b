# int/float mixing: results are floats, overflow converting huge ints.
print(1 + 2.0, 3 * 0.5, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 10 - 0.25)
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), float.__rsub__(1.0, 3), float.__rtruediv__(2.0, 1))
print(float.__add__(1.0, "x"), float.__mul__(2.0, [1]), (1.5).__eq__(1.5), (1.5).__lt__(2))
for expr in ["10 ** 400 + 1.0", "1.0 * 10 ** 400", "10 ** 400 / 1.5", "1.5 + 'a'", "[1] * 2.0"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(sum([0.1] * 10), sum([1, 2.5, 3]), 2 ** 1023 * 1.0)
