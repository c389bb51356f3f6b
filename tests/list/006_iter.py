a = [1, 2, 3]
it = iter(a)
print(next(it), next(it))
a.append(4)
print(list(it))
print(list(it))
it = iter(a)
print(it.__length_hint__())
r = reversed(a)
print(type(r).__name__, list(r))
print(list(reversed([])))
for x in a:
    if x == 2:
        a.remove(x)
print(a)
out = []
for i, x in enumerate(['a', 'b']):
    out.append((i, x))
print(out)
print(type(iter([])).__name__)
it = iter([1])
print(iter(it) is it)
try:
    next(iter([]))
except StopIteration:
    print('StopIteration')
