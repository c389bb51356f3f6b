x = 1
del x
try:
    x
except NameError as e:
    print(e)
counter = 0


def inc():
    global counter
    counter += 1


inc(); inc()
print(counter)
lst = [1, 2, 3]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)


class C:
    pass


c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print(e)
