# the program the bdb tests debug (line numbers matter: the tests name them)
def add(a, b):
    total = a + b
    return total


def loop(n):
    acc = 0
    for i in range(n):
        acc = add(acc, i)
    return acc


def gen(n):
    for i in range(n):
        yield i * 2


def uses_gen():
    out = []
    for v in gen(3):
        out.append(v)
    return out


def fails():
    x = 1
    raise ValueError("bad %d" % x)


def catches():
    try:
        fails()
    except ValueError as e:
        return str(e)


def main():
    r = loop(3)
    g = uses_gen()
    c = catches()
    return r, g, c
