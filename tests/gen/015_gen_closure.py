def make(n):
    def gen():
        for i in range(n):
            yield i * step
    step = 10
    return gen

print(list(make(3)()))

def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
    for _ in range(3):
        inc()
        yield count

print(list(counter_gen()))
print([list(x for _ in range(2)) for x in range(2)])
def args_gen(a, *rest, k=1, **kw):
    yield a
    yield rest
    yield k
    yield kw
print(list(args_gen(1, 2, 3, k=4, z=5)))
try:
    args_gen()
except TypeError as e:
    print(e)
