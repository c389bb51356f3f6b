# round() on ints: ndigits, banker's rounding of halves.
print(round(5), round(-5), type(round(7)))
for v in [1234, 1250, 1350, -1250, -1251, 15, 25, 35, 45, -15, -25, 2 ** 70 + 5 * 10 ** 20]:
    print(v, round(v, -1), round(v, -2), round(v, 0), round(v, 3))
print(round(12345, -10), round(-5, -1), round(5, -1), round(15, -1))
try:
    round(5, 1.5)
except TypeError as e:
    print(e)
