# __copy__, __deepcopy__, __reduce__, __reduce_ex__, __getstate__/__setstate__,
# __getnewargs__, copyreg.dispatch_table; uncopyable objects.
import copy
import copyreg

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__")
        return Custom(self.v + [1])
    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)
class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        print("  __reduce__")
        return (Reduced, (self.a, self.b))
r = copy.deepcopy(Reduced(1, [2]))
print(r.a, r.b)
class ReducedEx:
    def __reduce_ex__(self, proto):
        print("  __reduce_ex__", proto)
        return (ReducedEx, ())
print(type(copy.copy(ReducedEx())).__name__)
class Named:
    def __reduce__(self):
        return "Named"
n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)
class State:
    def __init__(self):
        self.secret = 1
        self.public = 2
    def __getstate__(self):
        return {"public": self.public}
    def __setstate__(self, state):
        print("  __setstate__", state)
        self.__dict__.update(state)
        self.restored = True
s = copy.copy(State())
print(sorted(vars(s)))
class OnlyGet:
    def __getstate__(self):
        return {"x": 10}
print(copy.deepcopy(OnlyGet()).x)
class WithArgs:
    def __new__(cls, n):
        o = super().__new__(cls)
        o.n = n
        return o
    def __getnewargs__(self):
        return (self.n * 2,)
print(copy.copy(WithArgs(3)).n)
class WithArgsEx:
    def __new__(cls, *, key):
        o = super().__new__(cls)
        o.key = key
        return o
    def __getnewargs_ex__(self):
        return ((), {"key": self.key + "!"})
print(copy.deepcopy(WithArgsEx(key="k")).key)
class Listy(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.inits = getattr(self, "inits", 0) + 1
lc = copy.copy(Listy([1, 2]))
print(lc, lc.inits)
class Registered:
    def __init__(self, v):
        self.v = v
copyreg.pickle(Registered, lambda r: (Registered, (r.v * 10,)))
print(copy.copy(Registered(2)).v, copy.deepcopy(Registered(3)).v)
del copyreg.dispatch_table[Registered]
print(copy.copy(Registered(2)).v)
print(object().__reduce_ex__(2)[0].__name__, Registered(1).__reduce_ex__(4)[1:3])
print(copyreg.__newobj__(Registered, ).__class__.__name__)
def gen():
    yield 1
for bad in [gen(), iter(range(0))] if False else [gen()]:
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    copyreg.pickle(Registered, 5)
except TypeError as e:
    print(e)
