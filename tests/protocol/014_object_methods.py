# The methods every object inherits from object.
class P:
    def __init__(self):
        self.a = 1


p = P()
print(p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__lt__(p), p.__hash__() == hash(p))
print(p.__str__() == p.__repr__(), p.__format__("") == str(p), p.__sizeof__() > 0)
print(object.__eq__(1, 1), object.__ne__(1, 2))
d = p.__dir__()
print("a" in d, "__init__" in d, "__class__" in d, isinstance(d, list))
print(sorted(x for x in dir(p) if not x.startswith("__")))
print(p.__class__, p.__getattribute__("a"))
p.__setattr__("b", 2)
print(p.b)
p.__delattr__("b")
print(hasattr(p, "b"))
print(P.__init_subclass__(), P.__subclasshook__())
print(object.__subclasshook__(), object.__init_subclass__())
try:
    p.__format__("x")
except TypeError as e:
    print("TypeError:", e)
try:
    object.__getattribute__(p, "zz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(1, "a", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].append = 5
except AttributeError as e:
    print("AttributeError:", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o.__repr__()).__name__, o.__class__.__name__)
print(sorted(k for k in vars(P) if k.startswith("__")))
