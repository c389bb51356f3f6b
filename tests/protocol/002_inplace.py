# Augmented assignment: __iadd__ & co., fallback to the binary operator.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __isub__(self, other):
        return NotImplemented

    def __sub__(self, other):
        return "binary sub"


a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 1
print(a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
l = [1]
m = l
l += [2]
print(l is m, l)
t = (1,)
u = t
t += (2,)
print(t is u, t)
s = "a"
s += "b"
print(s)
n = 5
n **= 2
n //= 3
n <<= 2
n %= 7
n |= 8
n ^= 1
n &= 14
n >>= 1
print(n)
f = 1.5
f *= 2
f -= 0.5
f /= 2
print(f)
try:
    z = 1
    z += "a"
except TypeError as e:
    print("TypeError:", e)
try:
    z = []
    z -= [1]
except TypeError as e:
    print("TypeError:", e)
try:
    z = 2
    z **= "x"
except TypeError as e:
    print("TypeError:", e)
