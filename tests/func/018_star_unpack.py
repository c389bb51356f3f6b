a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = "xy"
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    a, b = [1]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
def gen():
    yield 1
    yield 2
x, y = gen()
print(x, y)
print([*range(3), *"ab"])
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print((*[1, 2],))
try:
    {**1}
except TypeError as e:
    print(e)
try:
    [*1]
except TypeError as e:
    print(e)
