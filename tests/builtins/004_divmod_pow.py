print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(1, 3.0), divmod(-0.0, 1))
print(divmod(2 ** 70, 3), divmod(-(2 ** 70), 7))
print(divmod(True, 2))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)

class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(D(), 3), divmod(3, D()))

print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(2, -1, 5), pow(7, -2, 13))
print(pow(12345678901234567890, 98765432109876543210, 1000000007))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), ("a", 2)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
