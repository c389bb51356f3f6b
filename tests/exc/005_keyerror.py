# KeyError shows the repr of its key
for args in [("k",), (1,), ((1, 2),), (), ("a", "b"), (None,), ("",)]:
    e = KeyError(*args)
    print(repr(e), "|", str(e), "|", e.args)

d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("str:", e, "args:", e.args)

try:
    d[(1, "x")]
except KeyError as e:
    print("tuple key:", e)

try:
    {}[""]
except KeyError as e:
    print("empty key:", e)

class K(KeyError):
    pass
print(str(K("sub")))
