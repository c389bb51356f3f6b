# complex ** : integer exponents by repeated multiplication, others by polar form.
z = 1 + 2j
print(z ** 2, z ** 3, z ** 0, z ** -1, z ** -2, z ** 0.5, z ** z, 2 ** z, 1j ** 2, (1j) ** 1j)
print((-8) ** (1 / 3), (-1) ** 0.5, 0j ** 2, 0j ** 0, pow(2j, 3))
for expr in ["0j ** -1", "0j ** 1j", "(1e300+1e300j) ** 2", "pow(1j, 2, 3)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
