d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ['d', 4]])
d.update(e=5, a=0)
d.update({'f': 6}, g=7)
d.update()
print(d)
class M:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k.upper()
d.update(M())
print(d)
print(dict(M()))
def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update([(1,)]))
t(lambda: d.update([1]))
t(lambda: d.update(5))
t(lambda: d.update({}, {}))
t(lambda: dict([('a', 1), 'bc', 'd']))
t(lambda: dict(['ab', 'cde']))
t(lambda: dict({}, {}))
print(dict(['ab', 'cd']))
print(dict(zip('abc', range(3))))
