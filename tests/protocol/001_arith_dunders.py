# Every binary operator dunder and its reflected form.
class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V({self.v!r})"


ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]
for op in ops:
    def fwd(self, other, op=op):
        return f"{op}({self.v}, {other!r})"

    def rev(self, other, op=op):
        return f"r{op}({self.v}, {other!r})"
    setattr(V, f"__{op}__", fwd)
    setattr(V, f"__r{op}__", rev)

a = V(1)
print(a + 2, a - 2, a * 2, a @ 2, a / 2, a // 2, a % 2, a ** 2, a << 2, a >> 2, a & 2, a ^ 2, a | 2)
print(2 + a, 2 - a, 2 * a, 2 @ a, 2 / a, 2 // a, 2 % a, 2 ** a, 2 << a, 2 >> a, 2 & a, 2 ^ a, 2 | a)
print(pow(a, 3), pow(3, a))


class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.n + o.n)
        if isinstance(o, int):
            return Num(self.n + o)
        return NotImplemented

    __radd__ = __add__

    def __neg__(self):
        return Num(-self.n)

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "inv"

    def __abs__(self):
        return Num(abs(self.n))

    def __repr__(self):
        return f"Num({self.n})"


print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), -Num(3), +Num(1), ~Num(1), abs(Num(-4)))
print(sum([Num(1), Num(2), Num(3)]))
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Num(1)
except TypeError as e:
    print("TypeError:", e)
for expr in ["1 + 'a'", "[] - []", "{} * 2.0", "None ** 2", "1 @ 2", "1.0 & 2", "-'s'", "~1.5", "+[]"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
