# loops: loop-heavy with no calls in the hot path. Nested while/for loops doing integer
# arithmetic on locals: a baseline for line-event tracing cost and for plain dispatch speed.
import sys


def main(n):
    # Part 1: a triangular double loop mixing +, *, %, //, comparisons and branches.
    acc = 0
    i = 0
    while i < n:
        j = i
        while j < n:
            t = (i * 31 + j * 17) % 1009
            if t & 1:
                acc += t // 3
            else:
                acc -= t % 7
            j += 1
        i += 1

    # Part 2: a sieve of Eratosthenes written with while loops over a list.
    limit = n * 40
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            q = p * p
            while q <= limit:
                flags[q] = False
                q += p
        p += 1
    primes = 0
    for f in flags:
        if f:
            primes += 1

    # Part 3: collatz path lengths, a data-dependent inner loop.
    longest = 0
    best = 0
    for start in range(1, n * 8):
        x = start
        steps = 0
        while x != 1:
            if x % 2:
                x = 3 * x + 1
            else:
                x //= 2
            steps += 1
        if steps > longest:
            longest = steps
            best = start
    print("loops", n, acc, primes, best, longest)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
