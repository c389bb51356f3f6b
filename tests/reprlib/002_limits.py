# reprlib.Repr with changed limits and fill value; nesting levels
import reprlib

a = reprlib.Repr()
nested = [1, [2, [3, [4, [5, [6, [7, [8]]]]]]]]
print(a.repr(nested))
a.maxlevel = 2
print(a.repr(nested), a.repr({'k': {'k2': {'k3': 1}}}), a.repr(((((1,),),),)))
print(a.repr([[]]), a.repr([[[]]]), a.repr([{}]), a.repr([[{}]]), a.repr([[set()]]), a.repr([[()]]))
a.maxlevel = 0
print(a.repr([]), a.repr([1]), a.repr({}), a.repr({1: 2}), a.repr((1,)), a.repr('s'), a.repr(5), a.repr(set()), a.repr({1}))
a.maxlevel = 6
a.maxlist = 2
a.maxtuple = 1
a.maxdict = 1
a.maxset = 0
a.maxfrozenset = 3
print(a.repr(list(range(5))), a.repr((1, 2)), a.repr((1,)), a.repr({1: 2, 3: 4}), a.repr({1, 2}), a.repr(frozenset(range(5))))
a.maxstring = 10
a.maxlong = 5
a.maxother = 8
print(a.repr('abcdefghijklmnop'), a.repr('abcdefgh'), a.repr('abcdefghi'), a.repr(123456), a.repr(12345))
print(a.repr(object)[:10], a.repr(int))
a.fillvalue = '<+>'
print(a.repr(list(range(5))), a.repr('abcdefghijklmnop'), a.repr(1234567), a.repr({1: 2, 3: 4}))
a.fillvalue = ''
print(a.repr(list(range(5))), a.repr('abcdefghijklmnop'))
for n in [0, 1, 2, 3, 4, 5]:
    a.maxstring = n
    a.maxlong = n
    a.maxother = n
    a.fillvalue = '...'
    print(n, repr(a.repr('abcdefghij')), repr(a.repr(1234567890)), repr(a.repr(int)))
a = reprlib.Repr()
a.maxdict = 2
print(a.repr({'b': 1, 'a': [1, 2, 3, 4, 5, 6, 7, 8], 'c': 3}), a.repr({1: 'a', 'x': 'b'}))
