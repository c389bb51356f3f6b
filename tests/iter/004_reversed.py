print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
print(type(reversed('ab')).__name__, type(reversed((1,))).__name__, type(reversed([])).__name__, type(reversed(range(1))).__name__)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter(['custom'])
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
def t(f):
    try:
        print('ok', f())
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
t(lambda: reversed(NoRev()))
t(lambda: reversed(1))
t(lambda: reversed({1}))
t(lambda: reversed())
t(lambda: reversed([], []))
t(lambda: reversed(iter([1])))
r = reversed('abc')
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(list(reversed(Short())))
