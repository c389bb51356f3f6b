# Mixing ints with unsupported types raises TypeError with CPython's text.
for expr in ["1 + 'a'", "'a' - 1", "1 << 1.5", "1 & 1.0", "~1.5", "[1] * 2 ** 100", "1 @ 2"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(int.__add__(1, "x"), int.__lt__(1, "x"), (1).__eq__(1.0), (1).__eq__("1"))
print(3 * "ab", [0] * 3, (2).__mul__([1]))
