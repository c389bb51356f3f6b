s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(-100, 100).indices(5), slice(100, -100, -1).indices(5), slice(2, 2).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
l = list(range(10))
print(l[s], l[slice(None, None, -2)], 'abcdef'[slice(1, 4)], (1, 2, 3)[slice(-2, None)])
class Idx:
    def __index__(self):
        return 2
print(l[Idx():], l[:Idx()], l[::Idx()], l[Idx()])
print(l[True:], l[-10**20:10**20], l[10**20:])
def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: l['a':])
t(lambda: l[::0])
t(lambda: l[1.0:2])
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice('a').indices(5))
t(lambda: hash(slice(1)))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
print(slice('a', 'b', [1]))
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::], g[:, 1], g[1:2:3, ...], g[::-1])
