# building strings: += in loops, join, repeated concatenation, formatting in loops
s = ""
for i in range(2000):
    s += str(i % 10)
print(len(s), s[:20], s[-10:])
parts = [str(i) for i in range(1000)]
j = ",".join(parts)
print(len(j), j[:30], j.count(","))
out = []
for i in range(200):
    out.append(f"{i:03d}")
print(" ".join(out[:10]), len("".join(out)))
acc = "start"
for w in ["a", "b", "c"] * 100:
    acc = acc + w
print(len(acc), acc[:10])
x = "ab"
for _ in range(10):
    x = x + x
print(len(x), x[1000:1010])
lines = "\n".join("line %d" % i for i in range(500))
print(len(lines.splitlines()), lines.splitlines()[-1])
