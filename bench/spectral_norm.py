# spectral_norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to n x n, by power iteration
# on A^T A. Float arithmetic in tight loops with one small function call per element.
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, transpose):
    n = len(v)
    out = []
    for i in range(n):
        acc = 0.0
        if transpose:
            for j in range(n):
                acc += entry(j, i) * v[j]
        else:
            for j in range(n):
                acc += entry(i, j) * v[j]
        out.append(acc)
    return out


def times_ata(v):
    return times(times(v, False), True)


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print("spectral_norm", n, "%.9f" % ((vbv / vv) ** 0.5))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 350)
