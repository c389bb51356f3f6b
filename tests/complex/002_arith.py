# complex arithmetic with complex, float and int operands.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, -a, +a, a.conjugate())
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a - 1, 1 - a, a / 2, 2 / a, 1j * 1j)
print(abs(3 + 4j), abs(-2j), abs(complex(1e308, 1e308)), abs(complex(float("inf"), 1)))
for expr in ["a / 0", "a / 0j", "1 / 0j", "0j ** -1", "a % 2", "a // 2", "divmod(a, 2)", "abs(complex(1.7e308, 1.7e308))"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
c = 1j
c += 1
c *= 2
c /= 4
print(c)
print(complex.__add__(1j, "x"), complex.__radd__(1j, 2), complex.__rsub__(1j, 2), complex.__rtruediv__(2j, 1))
