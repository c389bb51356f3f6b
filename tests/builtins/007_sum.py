print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([1.5, 2.5]), sum([0.1] * 10))
print(sum([1, 2.5, 3]), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([-(2 ** 63), -1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1e100, 1.0, -1e100, 1.0]))
print(sum((x * x for x in range(5)), start=100), sum([True, True, False]), sum([1, True]))
print(sum([complex(1, 2), complex(3, 4)]), sum([0.5, 1, 2 ** 70]))

class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return V(self.n + (other.n if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(other + self.n)
print(sum([V(1), V(2), V(3)]).n)

for f in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([], bytearray()),
          lambda: sum(["a", "b"]), lambda: sum(5), lambda: sum(), lambda: sum([1], 2, 3),
          lambda: sum([1], x=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
