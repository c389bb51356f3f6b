# The 4300-digit limit on decimal conversions (CPython 3.11).
x = 10 ** 4299
print(len(str(x)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
print(len(str(int("9" * 4300))))
print(len(hex(10 ** 5000)))
print(int("f" * 5000, 16) % 1000)
try:
    repr(-(10 ** 10000))
except ValueError as e:
    print(type(e).__name__, e)
