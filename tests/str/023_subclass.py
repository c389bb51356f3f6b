# subclasses of str
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hello")
print(m, repr(m), len(m), m.shout(), type(m).__name__, isinstance(m, str))
print(m + " world", type(m + "x").__name__, type(m.upper()).__name__, type(str(m)).__name__)
print(m == "hello", hash(m) == hash("hello"), m[1:3], type(m[1:3]).__name__, "ell" in m)
d = {m: 1}
print(d["hello"], "hello" in d)
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("val", "T")
print(t, t.tag, t.upper(), len(t))
class R(str):
    def __repr__(self):
        return "R(" + str.__repr__(self) + ")"
    def __str__(self):
        return "custom"
r = R("x")
print(repr(r), str(r), "%s|%r" % (r, r), f"{r}|{r!r}", [r])
print(MyStr(), repr(MyStr()), MyStr(5), MyStr(b"ab", "ascii"))
print(sorted([MyStr("b"), "a", MyStr("c")]), "-".join([m, m]))
