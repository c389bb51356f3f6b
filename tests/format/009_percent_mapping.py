# % formatting with a mapping and odd argument shapes
print("%(a)s-%(b)r" % {"a": 1, "b": "x"})
print("%(x)d %(x)x %(x)05.1f" % {"x": 10})
print("%(name)s is %(age)d years" % dict(name="Ann", age=5))
print("%(a.b)s %((nested))s" % {"a.b": "dot", "(nested)": "paren"})
print("abc" % [1], "abc" % (), "abc" % {}, "%s" % [[1]])
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(hello)s %(world)s" % M())
for f, a in [("%(a)s", 5), ("%(a", {"a": 1}), ("%(missing)s", {}), ("%(a)s %s", {"a": 1})]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
