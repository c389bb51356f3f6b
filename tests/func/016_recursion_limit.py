import sys
print(sys.getrecursionlimit())

class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None

try:
    Node(100000)
except RecursionError as e:
    print("RecursionError", e)

def deep(n):
    return deep(n + 1)

sys.setrecursionlimit(100000)
try:
    deep(0)
except RecursionError:
    print("caught deep")

sys.setrecursionlimit(1000)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("caught repr")

def after(n):
    return n if n == 0 else after(n - 1)
print(after(500))
