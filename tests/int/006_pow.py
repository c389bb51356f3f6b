# ** with ints: big results, negative exponents give floats, 3-argument pow.
print(2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 7 ** 23)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(pow(3, 1000) % 10 ** 20)
print(pow(3, 1000, 10 ** 20), pow(2, 10, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -3, 11), pow(12345678901234567890, -1, 10 ** 9 + 7))
for args in [(2, -1, 4), (2, 2, 0), (0, -1, 5), (2, 3, 1)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(e)
print((-1) ** 10 ** 20, 1 ** 10 ** 20, 0 ** 10 ** 20)
print(pow(5, 0, 1), pow(-5, 3, 9))
