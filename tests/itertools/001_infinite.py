# count, cycle and repeat: values, reprs, with islice to stop them.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(10, -2), 4)), list(islice(count(1j, 1j), 3)))
c = count(2**63 - 2)
print(next(c), next(c), next(c), c)
c = count(0.1, 0.1)
for i in range(5):
    next(c)
print(c)
print(count(), count(5), count(1, 2), count(1.5), count(1, 1.0), count(0, -1), count(start=3, step=7))
print(count(2**70, 3), count(-1), count(step=1))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1]), 3)), list(cycle([])))
calls = []
def gen():
    for x in "xy":
        calls.append(x)
        yield x
cy = cycle(gen())
print(list(islice(cy, 7)), calls)
print(list(repeat("a", 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat([]), 2)))
r = repeat(7, 3)
print(r, next(r), r, r.__length_hint__(), repeat("x"), repeat(None, times=2))
print(list(map(pow, range(5), repeat(2))), list(zip("abc", repeat(0))))
print(type(count()), type(cycle("")).__name__, repeat.__name__)
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(e)
class MyCount(count):
    pass
print(MyCount(5), next(MyCount(5, 5)))
