x_global = 1
print("x_global" in globals(), globals()["__name__"], type(globals()).__name__)
globals()["made_here"] = 42
print(made_here)

def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))

def g():
    v = 1
    d = locals()
    d["v"] = 99    # does not change the real local
    return v
print(g())

print(locals() is globals())

class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)

class O:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(O()), "attr" in vars(K), "names" in vars(K))
import sys
print(vars(sys) is sys.__dict__)
try:
    vars(5)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
try:
    globals(1)
except TypeError as e:
    print(e)
