# generators: a generator-heavy pipeline. A pseudo-random source feeds a chain of small
# generator stages (map, filter, sliding window, run-length grouping, yield from), plus
# generator expressions consumed by sum/max/any; nearly every value crosses several
# generator resumptions.
import sys


def source(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1664525 + 1013904223) % 4294967296
        yield x >> 16


def scaled(items, mod):
    for v in items:
        yield v % mod


def evens_and_thirds(items):
    for v in items:
        if v % 2 == 0 or v % 3 == 0:
            yield v


def windows(items, size):
    # Sliding windows as tuples.
    buf = []
    for v in items:
        buf.append(v)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield tuple(buf)


def runs(items):
    # Run-length encode: (value, length) for each run of equal values.
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    length = 1
    for v in it:
        if v == current:
            length += 1
        else:
            yield current, length
            current = v
            length = 1
    yield current, length


def chained(*gens):
    for g in gens:
        yield from g


def take(items, n):
    for i, v in enumerate(items):
        if i >= n:
            return
        yield v


def accumulate(items):
    total = 0
    for v in items:
        total += v
        yield total


def main(n):
    # Stage 1: a long pipeline of generators.
    pipe = windows(evens_and_thirds(scaled(source(7, n), 1000)), 3)
    s1 = 0
    for a, b, c in pipe:
        s1 = (s1 + a * b - c) % 1000003
    # Stage 2: run-length grouping of a low-entropy stream.
    longest = 0
    groups = 0
    for value, length in runs(scaled(source(11, n), 3)):
        groups += 1
        if length > longest:
            longest = length
    # Stage 3: yield from over several generators, take, and a running sum.
    last = 0
    for last in accumulate(take(chained(scaled(source(1, n // 4), 10),
                                        scaled(source(2, n // 4), 100),
                                        (v % 7 for v in source(3, n // 4))), n // 2)):
        pass
    # Stage 4: generator expressions consumed by builtins.
    s4 = sum(v % 13 for v in source(5, n // 2) if v & 1)
    m4 = max(v % 10007 for v in source(6, n // 4))
    found = any(v == 12345 for v in source(8, n // 4))
    print("generators", n, s1, groups, longest, last, s4, m4, found)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
