# The iterator protocol: __iter__/__next__, StopIteration, iter() errors.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)), [x * 2 for x in Countdown(2)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


r = Range2(3)
print(list(r), list(r), tuple(r), set(r) == {0, 1, 2})
a, b, c = Range2(3)
print(a, b, c)


class BadIter:
    def __iter__(self):
        return 5


class NotIter:
    pass


class NoneIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


for obj in [BadIter(), NotIter(), NoneIter(), 3]:
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)


class GenIter:
    def __iter__(self):
        yield 1
        yield 2


print(list(GenIter()), max(GenIter()), list(zip(GenIter(), "ab")))


class Seq:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)


print(list(Seq("abc")), list(reversed(Seq("abc"))), sorted(Seq([3, 1, 2])))
for i, x in enumerate(Seq([9, 8])):
    print(i, x)
