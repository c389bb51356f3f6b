# Table layout details that decide the printed order: dummy slots left by discard are
# reused (the last one on the probe path), growth happens at 3/5 full, pop() resumes where
# it stopped (also after clear() and &=), difference_update() squeezes out dummies.
s = set()
for x in (1, 9, 17, 25):
    s.add(x)
print(s)
s.discard(1)
s.discard(17)
s.add(17)
print(s)
s.add(33)
s.add(1)
print(s)
# 4 items fit 8 slots; the 5th add grows the table to 32 slots.
t = {3, 11, 19, 27}
print(t)
t.add(35)
print(t)
# Removal then re-add of the same keys, in a different order.
u = set(range(0, 64, 8))
for x in (0, 16, 32):
    u.remove(x)
print(u)
for x in (32, 0, 16):
    u.add(x)
print(u)
# pop() walks the table from a finger that clear() and &= keep.
p = {1, 2, 3, 9}
print(p.pop(), p.pop())
p.clear()
p.update([17, 1, 9, 25, 33])
print(p.pop(), p)
q = set(range(10))
q.pop()
q.pop()
q &= {5, 6, 7, 8, 1, 13}
print(q.pop(), q)
# Many dummies: difference_update rebuilds the table.
d = set(range(100))
d.difference_update(range(0, 100, 2))
print(d)
d.update(range(1000, 1010))
print(len(d), list(d)[:12])
# Repeated add/discard churn leaves dummies that later adds reuse.
c = set()
for i in range(200):
    c.add(i * 5 % 97)
    if i % 3 == 0:
        c.discard(i * 7 % 97)
print(c)
# Past 50000 entries the table only doubles.
g = set()
for i in range(60000):
    g.add(i * 7919 % 100003)
lg = list(g)
print(len(g), lg[:8], lg[-8:])
