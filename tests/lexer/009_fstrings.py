x, y, name = 3, 4.5, "Bob"
print(f"x={x} y={y} name={name}")
print(F'{x + 1} {x * y:.2f} {name.upper()}')
print(f"{{literal braces}} {x}")
print(f"{name!r} {name!s} {'é'!a}")
print(f'{"nested quotes"}', f"{'other'}")
print(f"{x:>5}|{x:<5}|{x:^5}|{x:05}")
