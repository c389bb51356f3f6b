# True division rounds correctly even for huge operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 0 / -5)
print(2 ** 100 / 3, (2 ** 100 + 1) / 2 ** 100, 10 ** 30 / 10 ** 10)
print(10 ** 400 // 10 ** 399 / 1, (10 ** 400 + 1) / 10 ** 399)
print(1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076)
print((2 ** 53 + 1) / 1, (2 ** 54 + 3) / 2, 123456789123456789123456789 / 987654321987654321)
print(-(10 ** 500) / 10 ** 499)
for a, b in [(1, 0), (10 ** 400, 3), (10 ** 400, 10 ** 90)]:
    try:
        print(a / b)
    except Exception as e:
        print(type(e).__name__, e)
