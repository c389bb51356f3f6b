print([x * 2 for x in range(5)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(5)}, {v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x for x in range(101)), any(x > 5 for x in [1, 7]), all(x for x in []), list(x for x in "ab"))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row])
x = "outer"
print([x for x in "inner"], x)
g = (i * i for i in range(3))
print(next(g), list(g))
print(dict((k, len(k)) for k in ["a", "bb"]), set(c.upper() for c in "aab"))
