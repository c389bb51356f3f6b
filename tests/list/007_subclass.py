class L(list):
    def sum(self):
        return sum(self)
l = L([1, 2, 3])
print(l, l.sum(), len(l), type(l).__name__, isinstance(l, list))
l.append(4)
print(l[1:], type(l[1:]).__name__, l + [5], type(l + [5]).__name__)
class M(list):
    def __init__(self, *args):
        super().__init__(args)
        self.extra = 'x'
m = M(1, 2)
print(m, m.extra)
print(list.__len__(m), list.__getitem__(m, 0))
class N(list):
    def __getitem__(self, i):
        return 'item%s' % (i,)
n = N([1])
print(n[0], list(n))
print(L() == [], L([1]) == [1])
