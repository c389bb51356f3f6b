class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1, 2]), F(), F([3]))
s = S([1, 2])
s.x = 1
print(s | {3}, type(s | {3}).__name__, type(s.copy()).__name__, s.x)
class R:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return 'R(%r)' % (self.s,)
    def __hash__(self):
        return 1
rs = set()
rs.add(R(rs))
print(rs)
print({'a'}, {'a', 'b'} == {'b', 'a'}, {"q'"}, {1.5})
print(set.__len__({1, 2}), set.__contains__({1}, 1), frozenset.__or__(frozenset(), {1}))
class Init(set):
    def __init__(self, it, tag):
        super().__init__(it)
        self.tag = tag
i = Init([1, 2], 'tag')
print(i, i.tag)
