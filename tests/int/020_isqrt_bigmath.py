# Newton's integer square root and gcd on big numbers.
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

n = 2 * 10 ** 200
r = isqrt(n)
print(r)
print(r * r <= n < (r + 1) * (r + 1))
print(gcd(2 ** 200 * 3 ** 50, 6 ** 120), gcd(10 ** 50 + 1, 10 ** 40 + 1))
x = 12345678901234567890123456789
print(x * x * x * x // x ** 3 == x, (x ** 5) % (x ** 2 + 1))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)) * 10 ** 30)
