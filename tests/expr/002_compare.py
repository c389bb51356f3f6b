print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 1 is 1 if False else True, "a" < "b" < "c")
print(3 > 2 == 2, 2 == 2 > 3, [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd")
print(None is None, None == 0, 1 != 1.0, [] == [], [] is [], {} == {})
print(1 in [1, 2], 3 not in (1, 2), "ell" in "hello", 2 in {1: 0, 2: 0}, "x" not in "abc")
print(max(1, 2.5), min("b", "a"), 0.1 + 0.2 == 0.3, abs(-3) == 3)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
