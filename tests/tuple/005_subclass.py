class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'P(%r, %r)' % tuple(self)
p = P(1, 2)
print(p, p.x, len(p), p[1], isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
print(p + (3,), type(p + (3,)).__name__, p[:], type(p[:]).__name__)
class T(tuple):
    pass
t = T([1, 2, 3])
t.attr = 'hello'
print(t, t.attr, type(t).__name__, tuple(t), type(tuple(t)).__name__)
print(T() == (), T('ab'))
print(tuple.__getitem__(t, 0), tuple.__len__(t))
