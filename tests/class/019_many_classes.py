# Many short-lived classes: creation, use and collection stay consistent.
class Base:
    def value(self):
        return 1


total = 0
for i in range(3000):
    cls = type(f"C{i}", (Base,), {"value": lambda self, i=i: i})
    sub = type(f"D{i}", (cls,), {})
    total += sub().value() + Base.value(sub())
print(total)
keep = [type(f"K{i}", (Base,), {"n": i}) for i in range(5)]
print([k.__name__ for k in Base.__subclasses__() if k.__name__.startswith("K")])
Base.value = lambda self: 100
print(keep[0]().value(), keep[4].n)


class Meta(type):
    count = 0

    def __new__(mcs, name, bases, ns):
        Meta.count += 1
        return super().__new__(mcs, name, bases, ns)


for i in range(500):
    Meta(f"M{i}", (), {"x": i})
print(Meta.count)
