# lru_cache and cache: hits and misses, eviction order, typed, keywords, methods.
import functools as ft

@ft.lru_cache(maxsize=2)
def g(x):
    print("  compute", x)
    return x * 2
print(g(1), g(1), g(2), g(3), g(1), g(3))
print(g.cache_info(), g.cache_parameters())
g.cache_clear()
print(g.cache_info(), g.__name__, g.__wrapped__.__name__, g.__module__, g.__qualname__)

@ft.lru_cache
def h(x, y=1):
    return x + y
h(1); h(1.0); h(x=1); h(1, y=1); h(1, 1); h(1); h(y=1, x=1); h(x=1, y=1)
print(h.cache_info())

@ft.lru_cache(typed=True)
def k(x):
    return type(x).__name__
print(k(1), k(1.0), k(True), k(1), k.cache_info())

@ft.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())

@ft.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.cache_parameters())

@ft.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
print(ft.lru_cache(maxsize=-5)(len).cache_info(), ft.lru_cache(None)(len).cache_info())

# LRU order: a hit makes an entry the most recent
@ft.lru_cache(maxsize=3)
def sq(x):
    print("  miss", x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 1, 3]:
    sq(x)
print(sq.cache_info())

class Point:
    def __init__(self, x):
        self.x = x
    @ft.lru_cache(maxsize=16)
    def dist(self, other):
        return abs(self.x - other)
    def __hash__(self):
        return hash(self.x)
    def __eq__(self, o):
        return self.x == o.x
a, b = Point(1), Point(1)
print(a.dist(5), b.dist(5), a.dist(6), Point.dist.cache_info())
print(Point.dist is Point.__dict__["dist"], type(a.dist).__name__)

def documented(x):
    "The doc."
    return x
documented.extra = "attr"
w = ft.lru_cache(documented)
print(w.__doc__, w.extra, w.__wrapped__ is documented, type(w).__name__)
ci = w.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci == (0, 0, 128, 0), ci._asdict())
print(type(ci).__name__, isinstance(ci, tuple), ci._replace(hits=5))
import copy
print(copy.copy(w) is w, copy.deepcopy(w) is w)

# a call that caches its own key while computing it: the inner entry stays
calls = []
@ft.lru_cache(maxsize=2)
def rec(n):
    calls.append(n)
    if len(calls) == 1:
        rec(n)
    return len(calls)
print(rec(5), rec(5), rec.cache_info())
calls2 = []
@ft.lru_cache(maxsize=None)
def rec2(n):
    calls2.append(n)
    if len(calls2) == 1:
        rec2(n)
    return len(calls2)
print(rec2(5), rec2(5), rec2.cache_info())

def err(fn, *a, **kw):
    try:
        print(repr(fn(*a, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
err(ft.lru_cache, "a")
err(ft.lru_cache(None), 1)
err(g, [1])
err(g)
err(ft._lru_cache_wrapper, len, "x", False, None)
@ft.lru_cache
def boom(x):
    raise ValueError(x)
err(boom, 1)
err(boom, 1)
print(boom.cache_info())
