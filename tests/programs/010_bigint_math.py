def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


f = factorial(50)
print(f)
print(len(str(factorial(300))), factorial(25) // factorial(23))
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30))
print(2 ** 100 % 97, pow(3, 1000, 1000007), -(2 ** 70) // 3, (-(2 ** 70)) % 7)
print(hex(2 ** 64 - 1), bin(1023), oct(-8), int("ff" * 10, 16))
print(f.bit_length(), (1 << 200) >> 190, ~(2 ** 65))
