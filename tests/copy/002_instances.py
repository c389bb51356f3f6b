# copying instances of classes: __dict__, __slots__, subclasses of builtins.
import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []
    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)
p = Point(1, 2)
p.tags.append("a")
s, d = copy.copy(p), copy.deepcopy(p)
print(s, d, type(s) is Point, s.tags is p.tags, d.tags is p.tags)
class Empty:
    pass
print(type(copy.copy(Empty())).__name__, copy.deepcopy(Empty()).__dict__)
class Slotted:
    __slots__ = ("a", "__b", "c")
    def __init__(self):
        self.a = [1]
        self.__b = 2
    def b(self):
        return self.__b
s1 = copy.copy(Slotted())
s2 = copy.deepcopy(Slotted())
print(s1.a, s1.b(), hasattr(s1, "c"), s2.a, Slotted.__slotnames__)
class Mixed(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = {"e": 1}
m = copy.deepcopy(Mixed())
print(m.a, m.b(), m.extra, sorted(Mixed.__slotnames__))
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.note = "n"
c1, c2 = copy.copy(ml), copy.deepcopy(ml)
print(c1, type(c1).__name__, c1.note, c1[1] is ml[1], c2, c2[1] is ml[1], c2.note)
class MyDict(dict):
    pass
md = MyDict(a=[1])
md.flag = True
c1, c2 = copy.copy(md), copy.deepcopy(md)
print(c1, type(c1).__name__, c1["a"] is md["a"], c2["a"] is md["a"], c2.flag)
class MyInt(int):
    pass
mi = MyInt(7)
mi.unit = "cm"
c = copy.deepcopy(mi)
print(c, type(c).__name__, c.unit, c + 1)
class MyStr(str):
    pass
ms = copy.copy(MyStr("hi"))
print(ms, type(ms).__name__)
class MyTuple(tuple):
    pass
mt = copy.deepcopy(MyTuple([1, [2]]))
print(mt, type(mt).__name__)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
a, b = Node(1), Node(2)
a.next, b.next = b, a
ca = copy.deepcopy(a)
print(ca.v, ca.next.v, ca.next.next is ca, ca is not a)
class Meth:
    def __init__(self):
        self.cb = self.hello
    def hello(self):
        return id(self) == id(self.cb.__self__)
mm = copy.deepcopy(Meth())
print(mm.cb(), mm.cb.__self__ is mm)
