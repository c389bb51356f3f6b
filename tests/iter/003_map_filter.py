print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(map(len, [])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(abs, [-1, -2])
print(type(m).__name__, iter(m) is m, next(m), list(m))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 2])), list(filter(str.isdigit, 'a1b2')))
f = filter(None, [1])
print(type(f).__name__, next(f))
def t(fn):
    try:
        print('ok', fn())
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
t(lambda: map(len))
t(lambda: map())
t(lambda: map(len, 1))
t(lambda: list(map(len, [1])))
t(lambda: filter(len))
t(lambda: filter(None, [], 3))
t(lambda: filter(None, 5))
t(lambda: list(filter(lambda x: 1 / x, [1, 0])))
t(lambda: map(len, [], x=1))
args = [[1, 2, 3]] * 10
print(list(map(lambda *a: sum(a), *args)))
print(sum(map(int, '12345')), max(map(len, ['a', 'abc', 'ab'])))
class MyMap(map):
    pass
print(list(MyMap(str.upper, 'ab')))
