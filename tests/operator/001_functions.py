# The operator functions on ordinary values.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-7), op.abs(-2.5), op.invert(5), op.inv(0))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2, 3)))
print(op.contains([1, 2], 2), op.contains("abc", "d"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abcb", "b"))
print(op.getitem([1, 2, 3], 1), op.getitem({"a": 1}, "a"), op.getitem("hello", slice(1, 3)))
l = [1, 2, 3]
op.setitem(l, 0, 10); op.delitem(l, 1); print(l)
d = {}
op.setitem(d, "k", "v"); print(d)
print(op.index(5), op.index(True), op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5), op.length_hint(5, 9))
print(op.length_hint(iter(range(10))), op.length_hint({}.keys()), op.length_hint(x for x in []))
print(op.matmul.__name__, op.__add__ is op.add, op.__not__ is op.not_, op.__inv__ is op.inv)
print(op.add, op.itemgetter, op.attrgetter, op.methodcaller)
print(op.mul("ab", 3), op.add(1.5, 2), op.truediv(1, 3), op.mod("%s-%s", (1, 2)))
print(sorted(op.__all__)[:8], len(op.__all__))

class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return "M(%r)" % self.v
print(op.matmul(M(2), M(3)), op.imatmul(M(2), M(3)))
