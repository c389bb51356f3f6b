# super(): zero-argument and two-argument forms, chains, classmethods.
class Base:
    def __init__(self):
        self.log = ["Base"]

    def greet(self, x):
        return f"Base.greet({x})"

    @classmethod
    def make(cls):
        return f"make {cls.__name__}"


class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")

    def greet(self, x):
        return "Mid+" + super().greet(x)

    @classmethod
    def make(cls):
        return "Mid+" + super().make()


class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")

    def greet(self, x):
        return "Leaf+" + super(Leaf, self).greet(x)


obj = Leaf()
print(obj.log)
print(obj.greet(1))
print(Leaf.make(), Mid.make())
print(super(Mid, obj).greet(2))
print(super(Leaf, Leaf).make())
s = super(Mid, obj)
print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is obj)
print(repr(super(Leaf, obj)))


class Cooperative:
    def __init__(self, **kw):
        print("Cooperative got", sorted(kw))
        super().__init__()


class NamedMixin(Cooperative):
    def __init__(self, name=None, **kw):
        self.name = name
        super().__init__(**kw)


class Sized(Cooperative):
    def __init__(self, size=0, **kw):
        self.size = size
        super().__init__(**kw)


class Thing(NamedMixin, Sized):
    pass


t = Thing(name="t", size=3, extra=1)
print(t.name, t.size, [c.__name__ for c in Thing.__mro__])
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)


class NoSuper:
    def f(self):
        return super().__repr__()[:10]


print(NoSuper().f())


class WithClosure(Base):
    def greet(self, x):
        def inner():
            return self
        return inner() is self and super().greet(x)


print(WithClosure().greet(5))
