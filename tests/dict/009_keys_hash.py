class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __repr__(self):
        return 'H(%r)' % self.v
d = {H(1): 'a', H(2): 'b'}
print(d[H(1)], H(2) in d, H(3) in d, d)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return 'C%d' % self.v
e = {}
for i in range(20):
    e[Collide(i)] = i
print(len(e), e[Collide(7)], Collide(19) in e, Collide(20) in e)
for i in range(0, 20, 3):
    del e[Collide(i)]
print(list(e.values()))
class BadHash:
    def __hash__(self):
        raise ValueError('no hash')
try:
    {}[BadHash()] = 1
except ValueError as ex:
    print('ValueError:', ex)
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError('no eq')
f = {BadEq(): 1}
try:
    f[BadEq()]
except RuntimeError as ex:
    print('RuntimeError:', ex)
g = {}
g[1] = 'a'; g[1.0] = 'b'; g[True] = 'c'
print(g, {0: 'x', False: 'y', 0.0: 'z'})
print({-1: 'a', -2: 'b'}[-1], {2**64: 'big'}[2**64])
big = {}
for i in range(10000):
    big[str(i)] = i
print(len(big), big['9999'], sum(big.values()))
