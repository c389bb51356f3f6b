def gen():
    yield 1
    1 / 0

for x in gen():
    print(x)
