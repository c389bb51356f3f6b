# dicts: dict- and set-heavy work. Word counting, an inverted index, a graph stored as a
# dict of sets explored breadth-first, memoised recursion in a dict, set algebra, dict
# comprehensions and tuple keys. Only order-independent results (or insertion order, which
# Python defines) go into the checksum.
import sys


def lcg(seed):
    x = seed

    def nxt():
        nonlocal x
        x = (x * 1103515245 + 12345) % 2147483648
        return x >> 4

    return nxt


def main(n):
    rnd = lcg(2024)
    words = ["w%d" % (rnd() % (n // 10 + 1)) for _ in range(n)]
    checksum = 0

    # Word counts with get, setdefault and in.
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    first_seen = {}
    for i, w in enumerate(words):
        first_seen.setdefault(w, i)
    checksum += len(counts) + max(counts.values()) + sum(first_seen.values()) % 100003
    rare = {w for w, c in counts.items() if c == 1}
    common = {w for w, c in counts.items() if c >= 15}
    checksum += len(rare) * 3 + len(common)

    # Inverted index: word -> set of positions (bucketed), then set intersections.
    index = {}
    for i, w in enumerate(words):
        bucket = i // 50
        s = index.get(w)
        if s is None:
            index[w] = s = set()
        s.add(bucket)
    probe = list(counts)[:200]
    for a, b in zip(probe, probe[1:]):
        checksum += len(index[a] & index[b]) + len(index[a] | index[b]) - len(index[a] ^ index[b])

    # A random graph as a dict of sets; BFS distances from node 0.
    nodes = n // 20
    graph = {v: set() for v in range(nodes)}
    for _ in range(nodes * 3):
        a = rnd() % nodes
        b = rnd() % nodes
        if a != b:
            graph[a].add(b)
            graph[b].add(a)
    dist = {0: 0}
    frontier = [0]
    while frontier:
        nxt = []
        for v in frontier:
            d = dist[v] + 1
            for u in graph[v]:
                if u not in dist:
                    dist[u] = d
                    nxt.append(u)
        frontier = nxt
    checksum += len(dist) + sum(dist.values())

    # Memoised recursion: lattice paths with tuple keys.
    memo = {}

    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        key = (r, c)
        v = memo.get(key)
        if v is None:
            v = (paths(r - 1, c) + paths(r, c - 1)) % 1000000007
            memo[key] = v
        return v

    size = int(n ** 0.5) // 2
    checksum += paths(size, size) + len(memo)

    # Dict comprehension, deletion, popping, update, and membership churn.
    squares = {i: i * i for i in range(n // 4)}
    for i in range(0, n // 4, 3):
        del squares[i]
    extra = {i: -i for i in range(n // 8, n // 3)}
    squares.update(extra)
    while len(squares) > n // 8:
        k, v = squares.popitem()
        checksum += (k + v) % 7
    seen = set()
    dupes = 0
    for w in words:
        if w in seen:
            dupes += 1
        else:
            seen.add(w)
        if len(seen) > 500:
            seen.clear()
    checksum += dupes + len(squares) + sum(squares) % 1000
    fs = frozenset(rare)
    checksum += len(fs - common) + (fs <= set(counts))
    print("dicts", n, checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
