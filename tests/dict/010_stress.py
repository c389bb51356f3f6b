seed = 42
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
d = {}
order = []
for step in range(5000):
    k = rnd(300)
    key = k if k % 3 else 'k%d' % k
    if rnd(3):
        if key not in d:
            order.append(key)
        d[key] = step
    elif key in d:
        del d[key]
        order.remove(key)
print(len(d), list(d) == order)
print(list(d.items())[:10])
print(sum(d.values()))
for k in list(d):
    if isinstance(k, int) and k % 2:
        d.pop(k)
print(len(d), list(d)[:10])
d.clear()
print(d, len(d))
