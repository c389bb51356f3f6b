name, n, pi = "twinpy", 42, 3.14159265
print(f"{name} {n} {pi:.3f} {n:>6} {n:<6}| {n:^7}| {n:06d} {n:x} {n:#b} {pi:e} {pi:10.2%}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {name.upper()} {len(name)} {n * 2} {n if n else 0}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{'x':*^{width}}")
print(f"{n=} {pi=:.2f} {name = }")
print(f"{{literal}} {'nested'} {[1, 2][0]} {dict(a=1)['a']} {(lambda: 5)()}")
print(f"""triple {name}
second line {n}""")
print(f"{3.0:g} {1e20:g} {1234567.0:,.1f} {-0.0:z.1f} {12:+} {True} {None}")
