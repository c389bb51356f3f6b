# mandelbrot: fractal float work. Escape-time iteration of z = z*z + c over an n x n grid
# covering the Mandelbrot set, with plain floats (no complex type); the checksum folds in
# every point's iteration count.
import sys


def mandelbrot(n, limit):
    inside = 0
    checksum = 0
    for py in range(n):
        ci = -1.25 + 2.5 * py / n
        row = 0
        for px in range(n):
            cr = -2.0 + 2.5 * px / n
            zr = zi = 0.0
            zr2 = zi2 = 0.0
            k = 0
            while k < limit and zr2 + zi2 <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                zr2 = zr * zr
                zi2 = zi * zi
                k += 1
            if k == limit:
                inside += 1
            row = (row * 3 + k) % 65521
        checksum = (checksum * 31 + row) % 1000000007
    return inside, checksum


def main(n):
    inside, checksum = mandelbrot(n, 64)
    print("mandelbrot", n, inside, checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 550)
