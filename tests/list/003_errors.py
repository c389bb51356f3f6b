def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = [1, 2, 3]
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a['x'])
t(lambda: a[1.5])
t(lambda: [].pop())
t(lambda: a.pop(10))
t(lambda: a.remove(9))
t(lambda: a.index(9))
t(lambda: a.index('x'))
t(lambda: a + (1,))
t(lambda: a * 'x')
t(lambda: a * 1.5)
def setitem():
    a[5] = 1
t(setitem)
def delitem():
    del a[5]
t(delitem)
t(lambda: a < 5)
t(lambda: [1, 'a'] < [1, 2])
t(lambda: hash([]))
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: a.index(2, 2))
t(lambda: a.index(3, -1))
t(lambda: a.index(1, 0, 1))
t(lambda: [].sort(1))
