class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)), sorted(Count(4)), set(Count(2)), tuple(Count(2)), dict.fromkeys(Count(2)))
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Old()), list(iter(Old())), type(iter(Old())).__name__, 4 in Old())
it = iter(Old())
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print('done')
vals = iter([1, 2, 3, None, 4])
c = iter(lambda: next(vals), None)
print(type(c).__name__, list(c))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsEarly()))
class Bad:
    def __getitem__(self, i):
        raise ValueError('bad')
try:
    list(Bad())
except ValueError as e:
    print('ValueError:', e)
g = (x * 2 for x in range(3))
print(list(zip(g, 'abc')))
