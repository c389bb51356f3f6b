def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def take(n, it):
    return [x for _, x in zip(range(n), it)]


print(take(20, primes()))
sieve = [True] * 100
sieve[0] = sieve[1] = False
for i in range(2, 10):
    if sieve[i]:
        for j in range(i * i, 100, i):
            sieve[j] = False
print([i for i, p in enumerate(sieve) if p][-5:])
print(sum(x for x in take(100, primes())))
