# bool() consults __bool__ then __len__.
class T:
    def __bool__(self):
        return False

class L:
    def __len__(self):
        return 3

class E:
    pass

class Bad:
    def __bool__(self):
        return 1

class Neg:
    def __len__(self):
        return -1

print(bool(T()), bool(L()), bool(E()), not T(), not L())
for obj in (Bad(), Neg()):
    try:
        print(bool(obj))
    except Exception as e:
        print(type(e).__name__, e)
print(1 and True, 0 or False, not 0, not 5, True and "x", False or [])
