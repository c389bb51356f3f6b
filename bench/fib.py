# fib: call-heavy. Naive doubly recursive Fibonacci, so nearly all the time goes into
# calling and returning from one tiny function (a baseline for call/return tracing cost).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    total = 0
    for k in range(n - 4, n + 1):
        total += fib(k)
    print("fib", n, total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 32)
