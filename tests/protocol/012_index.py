# __index__: used for sequence indexing, slicing, bin/hex, range, operator.index.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


lst = list(range(10))
print(lst[Idx(3)], lst[Idx(-1)], "abcdef"[Idx(2)], (1, 2, 3)[Idx(0)])
print(lst[Idx(2):Idx(5)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), [0] * Idx(3), "ab" * Idx(2))


class BadIdx:
    def __index__(self):
        return "no"


try:
    lst[BadIdx()]
except TypeError as e:
    print("TypeError:", e)
try:
    lst["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
