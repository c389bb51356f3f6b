# carets under attribute access and calls in the middle of a line
class Node:
    def __init__(self, nxt):
        self.next = nxt

def length(node):
    n = 0
    while True:
        n += 1
        node = node.next.next
    return n

print("len:", length(Node(Node(Node(None)))))
