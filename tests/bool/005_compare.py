# Comparisons and hashing of bools mixed with ints and floats.
print(True > False, True >= 1, False < 0.5, True == 1.0, False != 0, sorted([True, 0, -1, 0.5, False]))
d = {1: "int", True: "bool?", 1.0: "float?"}
print(d, len(d))
s = {0, False, 0.0}
print(s, len(s))
print(max(False, True), min(True, 2), True in [1], 0 in [False], [True, False].index(0), (1, 0).count(True))
