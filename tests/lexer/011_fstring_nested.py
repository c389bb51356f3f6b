width, prec, value = 10, 3, 3.14159
print(f"{value:{width}.{prec}f}|")
print(f"{value:{'>' if width else '<'}{width}}|")
print(f"{f'{value:.1f}'}")
print(f"{[1, 2, 3][1]} {dict(a=1)['a']} { {'k': 'v'}['k'] }")
print(f"{'a' if value > 3 else 'b'}")
print(f"""{
    value
}""")
