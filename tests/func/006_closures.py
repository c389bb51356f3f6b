def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([a(10) for a in adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late())

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))

def arg_cell(a):
    def get():
        return a
    a = a * 2
    return get

print(arg_cell(21)())
print(counter().__closure__[0].cell_contents)
f = counter()
f()
print(f.__closure__[0].cell_contents)
print(f.__code__.co_freevars, counter.__code__.co_cellvars)
