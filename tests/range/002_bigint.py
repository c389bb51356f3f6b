r = range(10**20)
print(r, len(range(10**10)), r[-1], r[10**19], 10**19 in r, -1 in r, r.index(5))
b = range(2**60, 2**60 + 10, 3)
print(list(b), len(b), b[1], 2**60 + 3 in b, 2**60 + 4 in b)
print(list(range(2**47 - 2, 2**47 + 2)))
print(list(range(-2**47 + 1, -2**47 - 3, -1)))
print(list(reversed(range(2**50, 2**50 + 3))))
print(r[10**19:10**19 + 10:3], list(r[10**19:10**19 + 10:3]))
try:
    len(r)
except OverflowError as e:
    print('OverflowError:', e)
big = range(0, 10**30, 10**28)
print(len(big), big[50], big.index(10**29), big.count(10**29 + 1))
it = iter(range(2**62, 2**62 + 2))
print(type(it).__name__, list(it))
print(type(iter(range(3))).__name__)
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), list(range(I())), range(10)[I()])
