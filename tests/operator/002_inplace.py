# The in-place operators: mutate mutable values, fall back to the plain operator.
import operator as op

a = [1]
b = op.iadd(a, [2, 3]); print(a, b is a)
b = op.iconcat(a, (4,)); print(a, b is a)
b = op.imul(a, 2); print(a, b is a)
s = {1, 2}
op.ior(s, {3}); op.iand(s, {1, 3}); op.ixor(s, {5}); op.isub(s, {5}); print(s)
x = 5
print(op.iadd(x, 1), op.isub(x, 1), op.imul(x, 2), op.itruediv(x, 2), op.ifloordiv(x, 2), op.imod(x, 3))
print(op.ipow(x, 2), op.ilshift(x, 1), op.irshift(x, 1), op.iand(x, 4), op.ior(x, 2), op.ixor(x, 1))
t = (1,)
print(op.iadd(t, (2,)), t)
st = "ab"
print(op.iadd(st, "c"), op.iconcat(st, "d"), st)
d = {"a": 1}
print(op.ior(d, {"b": 2}), d)

class Acc:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(("iadd", o)); return self
    def __add__(self, o): return "plain add"
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "plain sub"
acc = Acc()
print(op.iadd(acc, 1) is acc, acc.log, op.isub(acc, 1))
