# int(x) through __int__, __index__, __trunc__ and floats.
print(int(), int(3.9), int(-3.9), int(True), int(1e20), int(-0.0))

class A:
    def __int__(self):
        return 7

class B:
    def __index__(self):
        return 11

class C:
    def __trunc__(self):
        return 13

print(int(A()), int(B()), int(C()))
for bad in [[], None, "abc", 1.5j, float("inf"), float("nan")]:
    try:
        print(int(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    int(3.5, 10)
except TypeError as e:
    print(e)
try:
    int(base=10)
except TypeError as e:
    print(e)
class Bad:
    def __int__(self):
        return "x"
try:
    int(Bad())
except TypeError as e:
    print(e)
print(int("10", base=16), int(x=None) if False else int("7"))
