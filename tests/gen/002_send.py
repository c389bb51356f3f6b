def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "done"

g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)

g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(e)

def acc():
    total = 0
    while True:
        x = yield total
        total += x

a = acc()
next(a)
for i in range(1, 5):
    print(a.send(i))
