print(list(enumerate('abc')))
print(list(enumerate('abc', 1)), list(enumerate('ab', start=-2)), list(enumerate([], 5)))
print(list(enumerate(iterable='xy', start=3)))
e = enumerate([10, 20])
print(type(e).__name__, iter(e) is e, next(e), next(e))
try:
    next(e)
except StopIteration:
    print('StopIteration')
print(list(enumerate(range(3), 2**50)), list(enumerate('a', 2**70)))
class Idx:
    def __index__(self):
        return 7
print(list(enumerate('ab', Idx())))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
def t(f):
    try:
        print('ok', f())
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], 'a'))
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], st=1))
class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('a')).__name__)
