# Deterministic pseudo-random list operations, checked against an independent model.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
a = []
model = {}
for step in range(3000):
    op = rnd(10)
    if op < 4:
        a.append(rnd(1000))
    elif op < 5 and a:
        a.insert(rnd(len(a) + 1), -rnd(50))
    elif op < 6 and a:
        a.pop(rnd(len(a)))
    elif op < 7 and len(a) > 4:
        i = rnd(len(a)); j = rnd(len(a))
        del a[min(i, j):max(i, j):1 + rnd(3)]
    elif op < 8 and len(a) > 2:
        i = rnd(len(a))
        a[i:i + 2] = [rnd(7), rnd(7), rnd(7)]
    elif op < 9:
        a.reverse()
    else:
        a.sort(key=lambda v: v % 17)
print(len(a), sum(a), a[:20])
a.sort()
print(a[:10], a[-10:])
print(a.count(0), a.index(a[len(a) // 2]))
