# itertools in hot loops and as base classes.
import itertools as it

total = 0
for i, (a, b) in zip(it.count(), it.product(range(30), repeat=2)):
    total += i * a - b
print(total)
print(sum(1 for _ in it.combinations(range(16), 4)), sum(x for x in it.islice(it.count(1), 10000)))
acc = list(it.accumulate(range(1, 11), lambda a, b: a * b))
print(acc[-1], max(it.chain.from_iterable([range(5), range(100, 90, -1)])))
class Counter(it.count):
    def twice(self):
        return next(self), next(self)
c = Counter(10, 5)
print(c.twice(), c, isinstance(c, it.count), type(c).__mro__[1].__name__)
class Windows(it.pairwise):
    def __next__(self):
        a, b = super().__next__()
        return b - a
print(list(Windows([1, 4, 9, 16])))
class Chain2(it.chain):
    pass
print(list(Chain2("ab", "c")), list(Chain2.from_iterable(["xy", "z"])), type(Chain2.from_iterable([])).__name__)
fib = it.accumulate(it.repeat(None, 20), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([a for a, b in fib])
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    num = len(iterables)
    while num:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num -= 1
            nexts = it.cycle(it.islice(nexts, num))
print(list(roundrobin("ABC", "D", "EF")))
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
print(["".join(p) for p in it.permutations("abc")], list(it.starmap(max, it.pairwise([3, 1, 4, 1, 5]))))
