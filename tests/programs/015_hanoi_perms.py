def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


def permutations(seq):
    if len(seq) <= 1:
        yield seq
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield x + rest


def combinations(items, k):
    if k == 0:
        return [[]]
    if not items:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


print(len(hanoi(10)), hanoi(3))
print(list(permutations("abc")))
print(sum(1 for _ in permutations("abcdef")))
print(combinations([1, 2, 3, 4], 2))
