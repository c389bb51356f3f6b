class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times

a = Adder(5)
print(a(1), a(1, times=3))
print(callable(a), callable(1), callable(len), callable(Adder))

def f(*args, **kwargs):
    return args, kwargs

print(f(*range(3)))
print(f(*"ab", **dict(x=1)))
print(f(**{}))
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    f(**1)
except TypeError as e:
    print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    1()
except TypeError as e:
    print(e)
try:
    "abc"()
except TypeError as e:
    print(e)
g = f.__call__
print(g(1, k=2))
