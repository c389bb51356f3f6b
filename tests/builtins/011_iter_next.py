it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

s = iter("ab")
print(list(s), list(s))

calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), next(Countdown(0), "empty"))

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(OldStyle())))

d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))

ci = iter(lambda: 1, 1)
print(type(ci).__name__, list(ci), next(ci, "x"))

for f in [lambda: next([]), lambda: iter(5), lambda: iter(5, 1), lambda: next(), lambda: iter(),
          lambda: next(iter([]))]:
    try:
        f()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
