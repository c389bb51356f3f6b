# wraps/update_wrapper, total_ordering, cmp_to_key.
import functools as ft

def deco(fn):
    @ft.wraps(fn)
    def wrapper(*args, **kwargs):
        return ("wrapped", fn(*args, **kwargs))
    return wrapper

@deco
def add(a: int, b: int = 0) -> int:
    "Add two numbers."
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__annotations__, add.__wrapped__(3))
def target():
    pass
target.attr = 1
def shell():
    pass
shell.__dict__["own"] = 2
ft.update_wrapper(shell, target)
print(shell.__name__, shell.attr, shell.own, shell.__wrapped__ is target)
def limited():
    pass
ft.update_wrapper(limited, target, assigned=("__doc__",), updated=())
print(limited.__name__, hasattr(limited, "attr"), limited.__wrapped__ is target)
class Callable:
    def __call__(self):
        return 1
c = Callable()
ft.update_wrapper(c, target)
print(c.__name__, c.__qualname__, c.__wrapped__ is target)
ft.update_wrapper(shell, len)
print(shell.__name__, shell.__module__, shell.__wrapped__ is len)
print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)

@ft.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1), V.__gt__.__name__, V.__le__.__name__)
print(sorted([V(3), V(1), V(2)], reverse=True)[0].v, max(V(5), V(9)).v)
try:
    a > 5
except TypeError as e:
    print(e)
for root in ["__le__", "__gt__", "__ge__"]:
    ns = {"__init__": lambda self, v: setattr(self, "v", v),
          "__eq__": lambda self, o: self.v == o.v}
    ns[root] = {"__le__": lambda s, o: s.v <= o.v, "__gt__": lambda s, o: s.v > o.v,
                "__ge__": lambda s, o: s.v >= o.v}[root]
    K = ft.total_ordering(type("K" + root, (), ns))
    x, y = K(1), K(2)
    print(root, x < y, x <= y, x > y, x >= y, y < x, x <= K(1), x < K(1))
try:
    @ft.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=ft.cmp_to_key(cmp)), sorted("bca", key=ft.cmp_to_key(lambda a, b: cmp(b, a))))
K = ft.cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(1), K(1) == K(1), K(1) != K(2), K(3) > K(2), K(3) >= K(4), K(7).obj)
print(type(K(1)).__name__, ft.cmp_to_key(mycmp=cmp)(5).obj)
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=ft.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
def err(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
err(hash, K(1))
err(lambda: K(1) < 1)
err(ft.cmp_to_key)
err(K)
err(K, 1, 2)
err(lambda: ft.cmp_to_key(lambda a, b: "x")(1) < ft.cmp_to_key(lambda a, b: "x")(2))
