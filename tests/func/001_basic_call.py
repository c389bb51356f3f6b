def add(a, b):
    return a + b

def noret():
    pass

print(add(1, 2))
print(add("x", "y"))
print(noret())
print(add(add(1, 2), add(3, 4)))

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(10))
print(fact(30))
