"""A small tour of twinpy: classes, generators, closures, exceptions, big ints, f-strings."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


shapes = sorted([Rect(3, 4), Circle(1.5), Rect(2, 2)], key=lambda s: s.area())
print("shapes by area:", shapes)

gen = fib()
print("first fibonacci numbers:", [next(gen) for _ in range(15)])
print("2**200 =", 2 ** 200)

bump = counter()
bump()
print("counter:", bump(10))

words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("most common:", max(freq.items(), key=lambda kv: kv[1]))

try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("caught", type(e).__name__)

print(f"{'done':>10}|{42:08.3f}|{255:#x}")
