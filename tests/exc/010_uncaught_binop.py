# caret lines with ~ under the operands and ^ under the operator
def ratio(a, b):
    total = a + b
    return total / (a - b)

def compute(x):
    return x * 2 + ratio(x, x)

print(compute(3) if False else "start")
compute(3)
