def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(5, fib())))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1], (2, 3), range(4, 6))))

def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)

print(pipeline())
gens = [fib() for _ in range(3)]
for g in gens:
    next(g)
print([next(g) for g in gens])
