a = 1
_b = 2
def f():
    return "f"
