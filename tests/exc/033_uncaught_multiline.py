# carets for an expression spanning several lines: first line only, to its end
def combine(a, b, c):
    return a + b + c

result = combine(1,
                 2,
                 None)
