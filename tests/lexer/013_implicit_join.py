total = (1 +
         2 +
         3)
items = [
    'a',
    'b',  # a comment
]
d = {
    'k': 1,
}
def f(a,
      b):
    return a + b
print(total, items, d, f(1,
                          2))
x = 1 + \
    2
print(x)
