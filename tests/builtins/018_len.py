print(len([]), len([1, 2]), len("héllo"), len(b"ab"), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(bytearray(5)), len("\U0001f600"))

class L:
    def __len__(self):
        return 7
print(len(L()))

class Bad:
    def __len__(self):
        return -1
class NotInt:
    def __len__(self):
        return "x"
for v in [5, None, Bad(), NotInt(), 1.5]:
    try:
        print(len(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
