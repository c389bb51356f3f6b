# displayhook prints repr and sets builtins._; replacing it is possible.
import sys, builtins

sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook('text')
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
seen = []
sys.displayhook = seen.append
sys.__displayhook__([1, 2])
print(seen, builtins._)
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError as e:
    print(e)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
