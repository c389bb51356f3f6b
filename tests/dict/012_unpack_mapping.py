# {**x} needs a mapping (keys() and []); dict(x) and update also take pairs
class M:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2
print({**M()}, {**{'x': 1}, **M(), 'a': 0})
for e in ['{**[1]}', '{**[(1, 2)]}', '{**"ab"}', '{**1}', '{**None}']:
    try:
        print(eval(e))
    except TypeError as x:
        print(e, x)
print(dict([(1, 2)]), dict(M()))
d = {}
d.update([("k", "v")])
d.update(M())
print(d)
class NoItem:
    def keys(self):
        return [1]
try:
    {**NoItem()}
except TypeError as x:
    print(x)
