# Float comparisons, NaN, and exact comparison with ints.
nan = float("nan")
print(1.0 < 2.0, 2.0 <= 2.0, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, -0.0 == 0.0)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print(1e308 < 10 ** 309, 2.0 ** 60 == 2 ** 60, 2.0 ** 60 == 2 ** 60 + 1, 2.0 ** 60 < 2 ** 60 + 1)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), 0.5 > 0, -0.5 < 0, 1.5 == 1)
print(sorted([3.5, -1, 2, 0.0, 10 ** 20, -1e20]))
print(max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0))
try:
    print(1.0 < "a")
except TypeError as e:
    print(e)
print(1.0 == "1.0", 1.0 != None)
