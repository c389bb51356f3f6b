def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
x = (1, 2, 3)
t(lambda: x[3])
t(lambda: x[-4])
t(lambda: x['a'])
t(lambda: x + [1])
t(lambda: x * 1.0)
t(lambda: x.index(9))
t(lambda: tuple(5))
t(lambda: tuple([1], [2]))
t(lambda: x < 'a')
t(lambda: (1, 2) < (1, 'a'))
def setit():
    x[0] = 1
t(setit)
def delit():
    del x[0]
t(delit)
