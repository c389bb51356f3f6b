def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
d = {'a': 1, 1: 'one', (1, 2): 't'}
t(lambda: d['zz'])
t(lambda: d[2])
t(lambda: d[(1, 3)])
t(lambda: d[[1]])
t(lambda: d.pop('zz'))
t(lambda: {}.popitem())
t(lambda: hash({}))
t(lambda: {1: 2} < {1: 2})
t(lambda: {[]: 1})
def delit():
    del d['nope']
t(delit)
def setit():
    d[{}] = 1
t(setit)
t(lambda: {1: 2} | [1])
try:
    d['missing']
except KeyError as e:
    print(repr(e), e.args)
try:
    {}[('a', 1)]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}['']
except KeyError as e:
    print(repr(e), str(e))
