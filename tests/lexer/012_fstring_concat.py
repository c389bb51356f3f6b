a, b = 1, 2
print(f"{a}" "-" f"{b}" 'end')
print("start " f"{a + b}" rf"\n{a}")
s = (f"{a}"
     f"{b}")
print(s, len(s))
print(f"\N{BULLET} {a}\t{b}")
