# Comparisons among ints and floats are exact.
print(1 < 2, 2 <= 2, 3 == 3, 3 != 4, 5 > 4, 5 >= 6)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99), 2 ** 100 == 2 ** 100)
big = 2 ** 53 + 1
print(big == float(big), big > float(big), big - 1 == float(big - 1))
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 == 1.0, 1 < 1.5, 2 > 1.5, 3 == 3.0000000000000004, 1 < float("nan"), 1 != float("nan"))
print(2 ** 1024 > 1.7976931348623157e308, 2 ** 1023 == 2.0 ** 1023)
print(max(3, 2 ** 70, -5), min(3, -(2 ** 70), 1.5), sorted([3, 1.5, 2 ** 65, -1, 0]))
try:
    print(1 < "2")
except TypeError as e:
    print(e)
print(1 == "1", 5 != None)
