data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) != 1:
    print("popped", item)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
total = 0
values = [total := total + v for v in range(5)]
print(values, total)
print((lambda: (z := 5) + z)())
