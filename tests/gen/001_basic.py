def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
for x in count(3):
    print(x)
print(sum(count(101)))
print(type(g).__name__)
