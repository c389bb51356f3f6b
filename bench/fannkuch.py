# fannkuch: for every permutation of 1..n, count the prefix reversals ("pancake flips")
# until 1 comes first; report the maximum and an alternating-sign checksum. List slicing,
# indexing and small-integer loops.
import sys


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n   # the factorial-base counter that drives permutation order
    max_flips = 0
    checksum = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                # Reverse the first first+1 items in place.
                lo = 0
                hi = first
                while lo < hi:
                    p[lo], p[hi] = p[hi], p[lo]
                    lo += 1
                    hi -= 1
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        # Next permutation: rotate the first i+1 items left for the lowest counter that has
        # not wrapped.
        i = 1
        while True:
            if i >= n:
                return max_flips, checksum
            head = perm[0]
            perm[:i] = perm[1:i + 1]
            perm[i] = head
            counts[i] += 1
            if counts[i] <= i:
                break
            counts[i] = 0
            i += 1


def main(n):
    flips, checksum = fannkuch(n)
    print("fannkuch", n, flips, checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
