a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
fl = [3.5, -1.0, 2.25, 0.0, -7.5]
fl.sort()
print(fl)
mixed = [3, 1.5, 2, -0.5, True]
mixed.sort()
print(mixed)
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], big == list(range(1000)))
st = [(i % 7, i) for i in range(100)]
st.sort(key=lambda x: x[0])
print(st[:10])
print(all(st[i][1] < st[i + 1][1] for i in range(99) if st[i][0] == st[i + 1][0]))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError:', e)
b = [3, 1, 2]
def bad(x):
    b.append(x)
    return x
try:
    b.sort(key=bad)
except ValueError as e:
    print('ValueError:', e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
s = ['b', 'a', 'ä', 'z', 'é']
s.sort()
print(s)
e = []
e.sort()
print(e, sorted([1]), sorted([2, 1], key=None))
