# RecursionError: repeated traceback lines are collapsed
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught:", e)

def countdown(n):
    if n == 0:
        raise RuntimeError("bottom")
    countdown(n - 1)

countdown(10)
