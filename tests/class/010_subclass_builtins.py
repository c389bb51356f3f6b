# Subclassing builtin types: list, dict, int, str, tuple, float.
class MyList(list):
    def total(self):
        return sum(self)

    def append(self, v):
        super().append(v * 10)


l = MyList([1, 2])
l.append(3)
l.extra = "attr"
print(l, l.total(), len(l), l[2], type(l).__name__, isinstance(l, list), l.extra)
print(l + [1], type(l + [1]).__name__, l == [1, 2, 30])


class DefaultDict(dict):
    def __missing__(self, key):
        return f"missing {key}"


d = DefaultDict(a=1)
print(d["a"], d["b"], len(d), "b" in d)


class CountDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)


c = CountDict()
c["x"] = 5
print(c, c["x"])


class MyInt(int):
    def double(self):
        return self * 2

    def __repr__(self):
        return f"MyInt({int(self)})"


i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, i == 21, hash(i) == hash(21), isinstance(i, int))
print(repr(i), str(i) if False else int(i), [i])


class Upper(str):
    def shout(self):
        return self.upper() + "!"


u = Upper("hi")
print(u, u.shout(), len(u), u + "x", type(u + "x").__name__, u == "hi", {u: 1}["hi"])


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


pr = Pair(1, 2)
print(pr, pr.first, len(pr), pr == (1, 2), type(pr).__name__)


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32


print(Celsius(100).to_f(), Celsius(1.5) + 1)


class Stack(list):
    def push(self, v):
        self.append(v)
        return self


s = Stack().push(1).push(2)
print(s, s.pop(), s)
