# pidigits: the first n decimal digits of pi from Gibbons' unbounded spigot (a stream of
# linear fractional transformations), so nearly all the time goes into bigint *, //, +.
import sys


def pi_digits(count):
    # State: the transformation (q r / 0 t) composed so far, and the next term k.
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # The next digit is floor((3q + r) / t) once 4q + r gives the same one.
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
        else:
            # Compose with the next term (k 4k+2 / 0 2k+1).
            q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1
    return digits


def main(n):
    digits = pi_digits(n)
    text = "".join(str(d) for d in digits)
    checksum = 0
    for d in digits:
        checksum = (checksum * 10 + d) % 1000000007
    print("pidigits", n, text[:20], text[-20:], checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
