# Ints grow past 64 bits transparently, and shrink back.
a = 2 ** 100
print(a, a - 1, a + 1, -a)
print(a * a)
print((a * a) // a == a, (a * a) % a)
b = 3 ** 200
print(b)
print(b // a, b % a, divmod(b, -a))
print(a - a, type(a - a), (a + 5) - a)
big = 1
for i in range(1, 60):
    big *= i
print(big)
print(big // 10 ** 50, big % 1000003)
print(-big // 7, -big % 7)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, 2 ** 47, 2 ** 47 - 1, -2 ** 47, -2 ** 47 - 1)
print(140737488355327 + 1, -140737488355328 - 1, 140737488355328 - 1)
