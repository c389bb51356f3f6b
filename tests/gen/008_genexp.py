g = (x * x for x in range(5))
print(type(g).__name__)
print(list(g))
print(list(g))
print(sum(x for x in range(10) if x % 2))
print(max((len(s), s) for s in ["a", "bbb", "cc"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(dict((k, len(k)) for k in ["ab", "c"]))
n = 3
print(list(x + n for x in range(2)))
g = (x for x in [1, 2])
print(next(g), next(g), next(g, "end"))
print(repr(g)[:29])
print("".join(str(c) for c in range(5)))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(e)
