# Basic classes: instances, attributes, methods, class attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
print(type(p) is Point, type(p).__name__, Point.__name__, Point.__qualname__)
print(Point.__module__, p.__class__ is Point)
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(sorted(vars(p).items()))
print(p.__dict__ == {'x': 5, 'y': 6})
Point.dims = 10
print(p.dims)
f = p.norm2
print(f(), f.__self__ is p, f.__func__ is Point.norm2)
print(Point.norm2(p))
print(repr(Point)[:22], str(Point) == repr(Point))
print(repr(p).startswith('<__main__.Point object at 0x'))
