# Float arithmetic, floor division and modulo with Python's sign rules.
print(1.5 + 2.25, 0.1 + 0.2, 1.0 - 3.5, 2.5 * 4, 7.0 / 2, 1 / 3.0)
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b, divmod(a, b))
print(5.0 % 3, -5.0 % 3, 5.0 % -3, -0.0 % 5, 0.0 % -5, 1e-300 % 1e300)
print(6 // 4.0, -6 // 4.0, 7.5 // 0.5, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
for op in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "1 / 0.0", "5 % 0.0", "divmod(3, 0.0)"]:
    try:
        print(eval(op))
    except ZeroDivisionError as e:
        print(op, "->", e)
x = 1.0
x += 2
x *= 1.5
x /= 2
x -= 0.25
x //= 0.5
x %= 3
print(x)
print(abs(-2.5), -(-1.5), +3.25, -0.0, abs(-0.0))
