def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
s = {1, 2}
t(lambda: {[1]})
t(lambda: s.add([]))
t(lambda: s.remove(5))
t(lambda: s.remove((1, 2)))
t(lambda: set().pop())
t(lambda: hash(s))
t(lambda: s | [1])
t(lambda: s & 5)
t(lambda: s - 'a')
t(lambda: s ^ None)
t(lambda: s < [1])
t(lambda: s.union(5))
t(lambda: set(5))
t(lambda: set([1], [2]))
t(lambda: frozenset(1))
t(lambda: {1} < 1)
t(lambda: [] in s)
t(lambda: s.remove([]))
t(lambda: s.discard({}))
t(lambda: {frozenset([1])}.remove({1}))
def f():
    x = {1}
    x |= [2]
t(f)
try:
    s.remove('missing')
except KeyError as e:
    print(repr(e))
