# bisect_left/right and insort_left/right, with lo/hi and key.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4))
print(bisect.bisect_right(a, 2, lo=4), bisect.bisect_left(a, 2, 0, None), bisect.bisect([], 1))
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(l, x)
print(l)
bisect.insort_left(l, 4); bisect.insort_right(l, 4.0); print(l, [type(x).__name__ for x in l[3:6]])
bisect.insort(l, 0, 0, 0); print(l)
bisect.insort(l, 100, lo=2); print(l)

# key= (3.10+): the key applies to the items of a, not to x
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key), bisect.bisect(recs, 8, key=key))
bisect.insort(recs, ("e", 3), key=key); bisect.insort_left(recs, ("f", 3), key=key)
print(recs)
print(bisect.bisect_left(["apple", "fig", "banana"], 4, key=len), bisect.bisect(a, 2, key=None))

# grades, the classic example
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# any sequence with __getitem__ and __len__ works
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right("abcdef", "c"), bisect.bisect((1, 3, 5), 4))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i): return i * i
print(bisect.bisect_left(Seq(100), 50), bisect.bisect_right(Seq(100), 49))
class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
