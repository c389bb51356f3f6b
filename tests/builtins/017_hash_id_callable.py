print(hash(1) == hash(1.0), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))
print(hash(0), hash(1), hash(-1), hash(True), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(None) == hash(None), type(hash("x")).__name__)
a = object()
print(id(a) == id(a), id(a) != id(object()), type(id(a)).__name__)
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]))

class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Unhashable:
    __hash__ = None
for v in [[], {}, set(), Unhashable()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)

print(callable(len), callable(print), callable(int), callable(lambda: 1), callable(1), callable("s"))
class C:
    def __call__(self):
        return "called"
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m), callable(None), C()())
