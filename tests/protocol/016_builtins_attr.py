# getattr/setattr/delattr/hasattr and vars/dir on assorted objects.
class O:
    cls_attr = 1

    def __init__(self):
        self.inst = 2


o = O()
print(getattr(o, "inst"), getattr(o, "cls_attr"), getattr(o, "nope", None), hasattr(o, "inst"))
setattr(o, "new", 3)
print(o.new, vars(o))
delattr(o, "new")
print(hasattr(o, "new"))
try:
    delattr(o, "new")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(1, "real"), getattr("ab", "upper")(), hasattr([], "append"), hasattr(5, "nope"))
print([x for x in dir(o) if not x.startswith("_")])
print("inst" in dir(o), "cls_attr" in dir(O), "inst" in dir(O))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 1)
except TypeError as e:
    print("TypeError:", e)
print(getattr(O, "__name__"), getattr(O, "__doc__"), getattr(type, "__name__"))
