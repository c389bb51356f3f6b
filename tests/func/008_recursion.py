import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20))

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

d = depth(0)
print(900 < d <= 1000)

def inf():
    return inf()

try:
    inf()
except RecursionError as e:
    print(type(e).__name__, e)

sys.setrecursionlimit(5000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(4000))
sys.setrecursionlimit(1000)

def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(100), odd(7))
