def read_lines():
    data = "alpha 3\nbeta x\n# comment\ngamma 7\n\ndelta 12\nepsilon -2\n"
    for line in data.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def parse(lines):
    for line in lines:
        name, _, num = line.partition(" ")
        try:
            yield name, int(num)
        except ValueError:
            print("skipping", repr(line))


def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, n, total


for row in running_total(parse(strip_comments(read_lines()))):
    print(*row, sep="\t")

squares = (x * x for x in range(10))
evens = (x for x in squares if x % 2 == 0)
print(list(evens), list(evens))


def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total


acc = accumulator()
next(acc)
for v in (5, 10, 20):
    print("sent", v, "->", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
