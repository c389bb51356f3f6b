class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k=2):
        return Point(self.x * k, self.y * k)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

p = Point(3, 4)
print(p.norm2())
print(p.scaled())
print(p.scaled(k=3))
m = p.norm2
print(m())
print(m.__self__ is p, m.__func__ is Point.norm2)
print(Point.norm2(p))
print(repr(m).startswith("<bound method Point.norm2 of Point(3, 4)>"))
print(p.norm2 == p.norm2, p.norm2 == Point(3, 4).norm2)
print(m.__name__, m.__qualname__)
f = Point.scaled
print(f(p, 10))
bm = Point.norm2.__get__(p, Point)
print(bm())
print(Point.norm2.__get__(None, Point) is Point.norm2)
