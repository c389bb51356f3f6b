# __len__ and __bool__: truth testing and len().
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Truthy:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b


print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)), not Sized(0))
print(bool(Truthy(True)), bool(Truthy(False)), "yes" if Truthy(True) else "no")


class Both(Sized):
    def __bool__(self):
        return True


print(bool(Both(0)), len(Both(0)))


class Neither:
    pass


print(bool(Neither()))
for obj, what in [(Truthy(1), "bool"), (Sized(-1), "bool"), (Sized(-1), "len"), (Sized(2 ** 70), "len"),
                  (Sized("3"), "len"), (5, "len"), (Neither(), "len")]:
    try:
        print(bool(obj) if what == "bool" else len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class IndexLen:
    class I:
        def __index__(self):
            return 4

    def __len__(self):
        return self.I()


print(len(IndexLen()))
print(bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(None), bool(1), bool("a"), bool([0]))
print(len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)))
