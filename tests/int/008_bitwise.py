# Bitwise operators use two's complement semantics on negative numbers.
vals = [0, 1, -1, 5, -5, 2 ** 70 + 3, -(2 ** 70) - 3, 2 ** 64 - 1, -(2 ** 64), 0x5555555555555555555]
for a in vals:
    print(a & 0xFF, a | 0x100, a ^ -1, ~a)
for a in vals[:6]:
    for b in vals[5:]:
        print(a & b, a | b, a ^ b)
print(-12 & 10, -12 | 10, -12 ^ 10)
