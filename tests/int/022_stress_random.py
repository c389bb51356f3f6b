# Deterministic pseudo-random big-int workout: every operator, checked by identities
# and summarised by hashes (a wrong digit anywhere changes the output).
state = 12345

def rand_bits(k):
    global state
    v = 0
    for _ in range((k + 31) // 32):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        v = (v << 32) | (state >> 32)
    return v >> ((k + 31) // 32 * 32 - k)

def rand_int():
    k = [1, 5, 31, 32, 33, 47, 48, 63, 64, 65, 100, 500, 1600, 3000][rand_bits(4) % 14]
    v = rand_bits(k)
    return -v if rand_bits(1) else v

acc = {}
for i in range(400):
    a, b = rand_int(), rand_int()
    res = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -b, abs(a)]
    if b:
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b)
        res += [q, r, a // b, a % b]
        res.append(hash(a / b) if abs(a) < 2 ** 1000 else 0)
    s = rand_bits(7)
    res += [a << s, a >> s]
    for j, v in enumerate(res):
        acc[j] = (acc.get(j, 0) * 31 + hash(v)) % 2 ** 61
print(acc)
x = rand_bits(5000)
y = rand_bits(4000) | 1
print(x * y % 1000000007, (x * x) % (y), x // y % 10 ** 12, pow(x, y, 10 ** 9 + 9))
print(str(x * y)[:50], len(str(x * y)))
