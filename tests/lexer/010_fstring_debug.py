x = 42
name = "z"
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>6}")
print(f"{name=}", f"{name=!s}")
print(f"{x*2=}", f"{ x + 1 = }")
