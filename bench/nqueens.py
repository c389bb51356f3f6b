# nqueens: count every placement of n non-attacking queens by backtracking, for boards of
# size 4..n. Recursion, list-of-bool occupancy tables, and a generator that yields each
# solution so the caller can fold it into a checksum.
import sys


def solutions(n):
    cols = [False] * n
    up = [False] * (2 * n)     # diagonals r + c
    down = [False] * (2 * n)   # diagonals r - c + n
    placed = [0] * n

    def place(row):
        if row == n:
            yield placed
            return
        for c in range(n):
            if not cols[c] and not up[row + c] and not down[row - c + n]:
                cols[c] = up[row + c] = down[row - c + n] = True
                placed[row] = c
                yield from place(row + 1)
                cols[c] = up[row + c] = down[row - c + n] = False

    return place(0)


def main(n):
    results = []
    for size in range(4, n + 1):
        count = 0
        digest = 0
        for sol in solutions(size):
            count += 1
            # Order-sensitive digest of the solution (the solutions come in lexicographic order).
            h = 0
            for c in sol:
                h = h * size + c
            digest = (digest * 7 + h) % 1000003
        results.append("%d:%d/%d" % (size, count, digest))
    print("nqueens", n, " ".join(results))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
