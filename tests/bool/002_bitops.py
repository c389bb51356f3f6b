# & | ^ on bools give bools; with ints they give ints.
for a in (False, True):
    for b in (False, True):
        print(a, b, a & b, a | b, a ^ b, type(a & b).__name__)
print(True & 3, True | 2, True ^ 1, type(True ^ 1).__name__, 3 & True, 2 | False, type(2 | False).__name__)
print(True << 3, True >> 1, -True, +True, type(+True).__name__, True + 0, type(True + 0).__name__)
x = True
x &= False
print(x, type(x).__name__)
x |= True
print(x)
x ^= True
print(x)
