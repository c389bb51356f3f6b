def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range('a', 3))
t(lambda: range(3)[3])
t(lambda: range(3)[-4])
t(lambda: range(3)['a'])
t(lambda: range(3).index(5))
t(lambda: range(3).index('a'))
t(lambda: range(3)[::0])
t(lambda: range(3)[1.5:])
t(lambda: range(x=3))
t(lambda: range(3) < range(4))
t(lambda: range(3) + range(4))
t(lambda: range(3).start.__class__.__name__)
def setit():
    r = range(3)
    r.start = 5
t(setit)
