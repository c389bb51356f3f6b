# Rich comparisons: reflection, NotImplemented, default identity, errors.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, V) and self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v


a, b = V(1), V(2)
print(a < b, a > b, a <= b, b >= a)
print(a == V(1), a != V(1), a != b)
print(a == 3)
print(3 == a)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    3 > a
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
for expr in ["p < q", "1 < 'a'", "[] >= ()", "None < None", "{} <= {}"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v)
print(sorted([b, a])[0].v)
print(max(V(5), V(9)).v if False else "skip")


class AlwaysEq:
    def __eq__(self, o):
        return True

    __hash__ = object.__hash__


x = AlwaysEq()
print(x == 1, 1 == x, x != 1, x in [1], [x] == [2])


class NeOnly:
    def __ne__(self, o):
        return "custom ne"


print(NeOnly() != 1, NeOnly() == 1)
print(1 < 2.5, 2.5 < 1, 3 == 3.0, "a" < "b", "abc" < "abd", "b" > "abc", (1, 2) < (1, 3), [1] < [1, 0])
nan = float("nan")
print(nan == nan, nan != nan, nan < 1)
