class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a, b = Vec(3, 4), Vec(1, -1)
print(a + b, a - b, a * 2, 3 * b, -a, abs(a))
print(a == Vec(3, 4), a != b, bool(Vec()), bool(b), list(a), a[1], tuple(b))
print(sorted([a, b, Vec(0, 0), Vec(10, 0)]), max(a, b))
print(len({a, Vec(3, 4), b}))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
x, y = a
print(x, y)
