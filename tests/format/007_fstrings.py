# f-strings with format specs, conversions and expressions
name, n, x = "Ada", 42, 3.14159
print(f"{name} {n} {x}")
print(f"{name:>6}|{name:<6}|{name:^7}|{name:*^9}")
print(f"{n:5d}|{n:<5}|{n:05}|{n:x}|{n:#x}|{n:o}|{n:b}|{n:,}|{n:+}")
print(f"{x:.2f}|{x:8.3f}|{x:e}|{x:g}|{x:.0%}|{x:10.4}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n + 1} {n * 2:>6} {[1, 2][1]} {'a' 'b'} {name.upper()} {len(name)}")
print(f"{{braces}} {{{n}}}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{1234567.891:,.2f} {1234567:_} {0.5:.1%} {-3:+05d}")
print(f"{'left':<{n // 6}}|")
print(f"{'multi'}" f"{'ple'}" "plain")
