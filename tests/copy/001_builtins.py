# copy and deepcopy of the builtin types: what is shared, what is new.
import copy

l = [1, [2, 3], {"k": [4]}]
s, d = copy.copy(l), copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]["k"] is l[2]["k"])
dct = {"a": [1], "b": (2, [3])}
s, d = copy.copy(dct), copy.deepcopy(dct)
print(s, s["a"] is dct["a"], d, d["a"] is dct["a"], d["b"] is dct["b"], d["b"][1] is dct["b"][1])
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba) is ba)
# immutable values are their own copies
for v in [None, 1, 2**100, 1.5, 1j, "s", b"b", (1, 2), frozenset({1}), range(3), True, ..., NotImplemented, len, print, int, slice(1, 2)]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, "a")) is not None)
print(copy.deepcopy((1, (2, 3))) == (1, (2, 3)))
def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(f.__code__) is f.__code__)
# recursive structures
x = [1]
x.append(x)
y = copy.deepcopy(x)
print(y is not x, y[1] is y, y)
dd = {}
dd["self"] = dd
e = copy.deepcopy(dd)
print(e["self"] is e, e is not dd)
inner = []
tt = (inner,)
inner.append(tt)
cp = copy.deepcopy(tt)
print(cp[0][0] is cp, cp is not tt)
# the memo: shared objects stay shared
shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
memo = {}
a1 = copy.deepcopy(shared, memo)
a2 = copy.deepcopy(shared, memo)
print(a1 is a2, id(shared) in memo)
print(copy.error is copy.Error, issubclass(copy.Error, Exception), copy.__all__)
