print(hash(()))
print(hash((1,)))
print(hash((1, 2)))
print(hash((1, 2, 3)))
print(hash(('a', 'b')))
print(hash((True, False)), hash((None, True)) == hash((None, True)))
print(hash((1.5, -2.25)))
print(hash(((1, 2), (3,))))
print(hash((-1,)), hash((-2,)))
print(hash((2**70, -2**70)))
print(hash((1, 2)) == hash((1.0, 2.0)))
d = {(1, 2): 'a', (3,): 'b'}
print(d[(1, 2)], d[3,])
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s))
