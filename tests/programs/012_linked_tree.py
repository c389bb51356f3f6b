class Node:
    __slots__ = ("value", "left", "right")

    def __init__(self, value):
        self.value = value
        self.left = self.right = None


class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for x in items:
            self.insert(x)

    def insert(self, v):
        self.size += 1
        if self.root is None:
            self.root = Node(v)
            return
        n = self.root
        while True:
            side = "left" if v < n.value else "right"
            child = getattr(n, side)
            if child is None:
                setattr(n, side, Node(v))
                return
            n = child

    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.value
                yield from walk(n.right)
        return walk(self.root)

    def __len__(self):
        return self.size

    def __contains__(self, v):
        n = self.root
        while n:
            if v == n.value:
                return True
            n = n.left if v < n.value else n.right
        return False

    def height(self, n="root"):
        if n == "root":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))


t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), len(t), t.height())
print(35 in t, 36 in t, sum(t), max(t), sorted(t, reverse=True)[:3])
try:
    Node(1).extra = 2
except AttributeError as e:
    print("AttributeError:", e)
