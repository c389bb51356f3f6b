# Small-int arithmetic and the sign rules of // and %.
print(1 + 2, 7 - 10, 6 * 7, 2 ** 10)
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(0 // 5, 0 % -5, -0)
x = 10
x += 5
x *= 3
x //= 4
x -= 1
x %= 7
print(x)
print(abs(-5), abs(5), -(-3), +4, ~5, ~-1)
