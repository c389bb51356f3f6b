x = "global"

def f():
    x = "f"
    def g():
        return x
    return g()

print(f())

def h():
    return x

print(h())

def shadow():
    x = "local"
    return x

print(shadow(), x)

class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]

print(C().m(), C.y)

def make():
    v = 1
    class K:
        w = v + 1
        def get(self):
            return v
    return K

K = make()
print(K.w, K().get())

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(5):
        bump()
    return count

print(counter())

def gl():
    global x
    x = "changed"
gl()
print(x)
print(sorted(k for k in locals() if k in ("x", "f")))
def loc(a, b=2):
    c = 3
    return sorted(locals().items())
print(loc(1))
