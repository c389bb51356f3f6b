data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 4])
f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(f(1), f(1, 3, 5, d=6, z=7))
print((lambda: "no args")())
