# Pseudo-random adds and removes: the printed order must match CPython's table layout.
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
s = set()
for step in range(400):
    v = rnd(500) - 100
    if rnd(4):
        s.add(v)
    else:
        s.discard(v)
    if step % 100 == 99:
        print(s)
t = set()
for i in range(60):
    t.add(rnd(1 << 40))
print(t)
u = {x * 8 for x in range(40)}
print(u)
print(set(range(0, 400, 13)) ^ set(range(0, 400, 7)))
print(set(range(100)) - set(range(0, 100, 2)))
print(set(range(0, 64, 8)) & set(range(0, 128, 4)))
big = set(range(1000))
for i in range(0, 1000, 3):
    big.discard(i)
big.add(-1)
print(len(big), list(big)[:15])
