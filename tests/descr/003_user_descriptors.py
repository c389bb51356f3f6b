# User-defined descriptors: data vs non-data precedence, __get__/__set__/__delete__.
class Data:
    def __init__(self):
        self.store = {}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access " + objtype.__name__
        return self.store.get(id(obj), "default")

    def __set__(self, obj, value):
        self.store[id(obj)] = value * 2

    def __delete__(self, obj):
        print("delete called")
        self.store.pop(id(obj), None)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class A:
    d = Data()
    n = NonData()


a = A()
print(a.d, A.d)
a.d = 5
print(a.d)
a.__dict__["d"] = "instance"
print(a.d)
del a.d
print(a.d)
print(a.n)
a.n = "override"
print(a.n, A.n)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)


class GetOnlyDelete:
    def __get__(self, obj, t=None):
        return "got"

    def __delete__(self, obj):
        print("deleted")


class B:
    x = GetOnlyDelete()


b = B()
del b.x
try:
    b.x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, t=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v


class C:
    calls = 0

    @Lazy
    def value(self):
        C.calls += 1
        return 99


c = C()
print(c.value, c.value, C.calls)
