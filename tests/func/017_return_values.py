def multi():
    return 1, 2, 3

a, b, c = multi()
print(a, b, c)

def early(n):
    for i in range(10):
        if i == n:
            return i * 10
    return -1

print(early(3), early(20))

def in_try():
    try:
        return "try"
    finally:
        print("finally runs")

print(in_try())

def override():
    try:
        return 1
    finally:
        return 2

print(override())

def in_with():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *a):
            print("exit", a)
    with CM():
        return "from with"

print(in_with())

def loop_ret():
    while True:
        for x in [1, 2]:
            try:
                return x
            finally:
                print("f", x)

print(loop_ret())
