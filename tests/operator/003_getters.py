# itemgetter, attrgetter, methodcaller: calls, reprs, reduce.
import operator as op

g = op.itemgetter(1)
print(g([1, 2, 3]), g("xyz"), g({1: "one"}), op.itemgetter(-1)([4, 5]), op.itemgetter(slice(1, 3))("abcd"))
g2 = op.itemgetter(0, 2, "k")
print(op.itemgetter(0, 2)("abc"), g2({0: "a", 2: "c", "k": "v"}))
print(repr(g), repr(g2), repr(op.itemgetter("a")), op.itemgetter(1).__reduce__())
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=op.itemgetter(0)), sorted(pairs, key=op.itemgetter(1), reverse=True))
print(max(pairs, key=op.itemgetter(1)), list(map(op.itemgetter(1), pairs)))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
p = P("root", P("kid", P("baby")))
a = op.attrgetter("name")
print(a(p), op.attrgetter("child.name")(p), op.attrgetter("child.child.name")(p))
print(op.attrgetter("name", "child.name")(p), repr(op.attrgetter("child.name", "x")))
print(op.attrgetter("real", "imag")(3 + 4j), op.attrgetter("a.b", "c").__reduce__())
m = op.methodcaller("greet", "hello")
print(m(p), op.methodcaller("greet", "hi", punct="?")(p), op.methodcaller("upper")("abc"))
print(repr(m), repr(op.methodcaller("f", 1, "two", x=3, y=[4])), repr(op.methodcaller("f")))
print(op.methodcaller("split", ",")("a,b,c"), op.methodcaller("to_bytes", length=2, byteorder="big")(258))
print(m.__reduce__(), op.methodcaller("f").__reduce__())
print(type(g).__name__, type(a).__name__, type(m).__name__, type(g))
print(sorted(["bb", "a", "ccc"], key=op.methodcaller("__len__")))

# a getter whose repr contains itself
class Rec:
    pass
r = op.itemgetter(0)
lst = [r]
print(repr(op.itemgetter(lst)))
