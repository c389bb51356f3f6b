def f(x):
    pass

def g(a, b):
    pass

def h(a, b=1):
    pass

def k(*, k):
    pass

def po(a, b, /):
    pass

def kw2(*, a, b):
    pass

def many(a, b, c):
    pass

class A:
    def m(self, x):
        pass

tests = [
    lambda: f(),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: h(1, 2, 3),
    lambda: f(1, z=2),
    lambda: f(1, x=2),
    lambda: po(a=1, b=2),
    lambda: po(1, b=2),
    lambda: k(),
    lambda: kw2(),
    lambda: many(1),
    lambda: A().m(),
    lambda: A().m(1, 2),
    lambda: A.m(),
    lambda: f(1, 2),
    lambda: k(1),
    lambda: h(1, 2, 3, k=4),
    lambda: f(**{'x': 1, 'y': 2}),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
