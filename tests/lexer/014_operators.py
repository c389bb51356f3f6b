a, b = 7, 3
print(a // b, a % b, a ** b, a << b, a >> 1, a & b, a | b, a ^ b, ~a)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
c = 10
c += 1; c -= 2; c *= 3; c //= 2; c %= 7; c **= 2; c <<= 1; c >>= 1; c |= 8; c &= 15; c ^= 1
print(c)
print(1 < 2 < 3, 1 < 3 < 2, a is not None, 2 not in [1])
print(-2 ** 2, (-2) ** 2, 2 ** -1)
