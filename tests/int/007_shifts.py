# Shifts: Python semantics for negatives, and big shift counts.
print(1 << 10, 1 << 100, 5 >> 1, -5 >> 1, -1 >> 100, 1 >> 100)
print(-(2 ** 100) >> 3, (2 ** 100 + 12345) >> 64, -(2 ** 100 + 12345) >> 64)
print(3 << 62, -3 << 62, (1 << 200) >> 199)
print(0 << 1000, 0 >> 10 ** 30, -7 >> 10 ** 30, 7 >> 10 ** 30)
for a, b in [(1, -1), (1, -(10 ** 20))]:
    try:
        print(a << b)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except ValueError as e:
        print(type(e).__name__, e)
x = 1
for i in range(70):
    x <<= 1
print(x, x >> 69)
