# f-strings: nesting, quotes, debugging-free expressions, calls and comprehensions inside
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}{price:>8.2f}{qty:>4d}{price * qty:>10.2f}")
width, prec = 10, 3
print(f"{'total':>{width}}: {sum(p * q for _, p, q in items):{width}.{prec}f}")
print(f"{[f'{i:02}' for i in range(3)]}")
print(f"{', '.join(f'{k}={v}' for k, v in {'a': 1, 'b': 2}.items())}")
print(f"{'nested ' + f'{1 + 1}'}", f"{3 if True else 4}", f"{(lambda v: v * 2)(5)}")
val = "x"
print(f"{val!r:>5}|{val!s:<3}|")
