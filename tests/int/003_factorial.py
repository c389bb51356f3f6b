# Factorials and Fibonacci numbers: long multiplications and additions.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(100))
f = fact(1000)
s = str(f)
print(len(s), s[:30], s[-30:])
print(f % (10 ** 9 + 7))
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
print(a)
print(a.bit_length(), len(str(a)))
