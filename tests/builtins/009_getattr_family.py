class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1

c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "default"), getattr(c, "x", None))
print(hasattr(c, "x"), hasattr(c, "missing"), hasattr(C, "cls_attr"), hasattr(5, "real"))
setattr(c, "y", 2)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
setattr(C, "new_cls", 3)
print(c.new_cls)

class Prop:
    @property
    def broken(self):
        raise ValueError("inside property")
    @property
    def attr_error(self):
        raise AttributeError("hidden")
p = Prop()
print(hasattr(p, "attr_error"), getattr(p, "attr_error", "dflt"))
try:
    hasattr(p, "broken")
except ValueError as e:
    print("propagated:", e)

for f in [lambda: getattr(c, "nope"), lambda: getattr(c, 1), lambda: setattr(c, 1, 2),
          lambda: delattr(c, "nope"), lambda: hasattr(c, None), lambda: getattr(c),
          lambda: setattr(c, "a"), lambda: delattr(c), lambda: getattr(1, "x", 2, 3)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
