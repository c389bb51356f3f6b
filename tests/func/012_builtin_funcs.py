print(repr(len))
print(repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr(list.append))
print(len.__name__, list.append.__qualname__, [].append.__name__)
tests = [
    lambda: len(1, 2),
    lambda: len(),
    lambda: len(x=1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].append(x=1),
    lambda: list.append(1, 2),
    lambda: list.append(),
    lambda: [].clear(1),
    lambda: divmod(1),
    lambda: isinstance(1),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
a = []
ap = a.append
ap(1)
ap(2)
print(a, ap.__self__ is a)
list.append(a, 3)
print(a)
print(list.append.__get__(a, list).__self__ is a)
