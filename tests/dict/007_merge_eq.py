a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a, a)
c = a.copy()
c |= b
print(c)
c |= [('w', 0)]
print(c)
print(a == {'y': 2, 'x': 1}, a != {'x': 1}, a == {'x': 1, 'y': 3}, {} == {}, a == [1])
print({1: 1} == {1.0: 1}, {'a': [1]} == {'a': [1]})
nan = float('nan')
print({1: nan} == {1: nan})
n = {1: nan}
print(n == n)
try:
    c |= 5
except TypeError as e:
    print('TypeError:', e)
try:
    a | [('a', 1)]
except TypeError as e:
    print('TypeError:', e)
