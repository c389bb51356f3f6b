print(True and False, True or False, not True, not 0, not "")
print(0 or "default", "" or [] or None, 1 and 2 and 3, 1 and 0 and 3, None or 0)
print([] and 1, [0] and 1, bool([]), bool([0]), bool(0.0), bool(-1), bool(""), bool(" "))


def side(x):
    print("eval", x)
    return x


print(side(0) and side(1))
print(side(1) or side(2))
print(side(0) or side(0) or side(3))
print(1 if True else 2, 1 if 0 else 2, "a" if [] else "b" if None else "c")
