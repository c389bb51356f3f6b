# field names with attribute and index lookups
class P:
    x = 3
    y = [10, 20, 30]
    def __init__(self):
        self.name = "pt"
p = P()
print("{0.x} {0.name} {0.y[1]} {0.y}".format(p))
print("{p.x}/{p.y[2]}".format(p=p))
d = {"key": "val", "n": {"inner": 42}, 1: "int-one"}
print("{0[key]} {0[n][inner]} {0[1]}".format(d))
print("{d[key]}".format(d=d))
lst = [[1, 2], [3, 4]]
print("{0[1][0]} {0[0]}".format(lst), "{[1]}".format(lst))
print("{0.real} {0.imag}".format(3), "{0.__class__.__name__}".format("s"))
for f in ["{0.}", "{0[}", "{0[0]x}", "{0.nope}", "{0[5]}", "{0[missing]}"]:
    try:
        print(f.format([1], ))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
