# A small numeric loop: float results must be bit-exact with CPython.
def integrate(n):
    x, v, dt = 1.0, 0.0, 0.01
    for _ in range(n):
        a = -x * 0.5 - v * 0.01
        v += a * dt
        x += v * dt
    return x, v

print(integrate(1000))
s = 0.0
for i in range(1, 2000):
    s += 1.0 / (i * i)
print(s, (s * 6) ** 0.5)
m = 0.0
for i in range(100):
    m = m * 1.0001 + i / 7
print(m)
