# The errors of the operator functions and the getter types.
import operator as op

def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

err(op.add, 1)
err(op.add, 1, 2, 3)
err(op.add, a=1, b=2)
err(op.neg)
err(op.neg, 1, 2)
err(op.add, 1, "a")
err(op.neg, "a")
err(op.abs, "a")
err(op.lt, 1, "a")
err(op.concat, 1, 2)
err(op.concat, [1], (2,))
err(op.iconcat, 1, 2)
err(op.countOf, 5, 3)
err(op.indexOf, [1, 2], 3)
err(op.indexOf, 5, 3)
err(op.contains, 1, 2)
err(op.index, 1.5)
err(op.index, "3")
err(op.getitem, [], 0)
err(op.getitem, {}, "k")
err(op.delitem, [], 0)
err(op.setitem, (1,), 0, 2)
err(op.length_hint, 5, "x")
err(op.length_hint)
err(op.call)
err(op.truediv, 1, 0)
err(op.pow, 2, 3, 4)

class LH:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
err(op.length_hint, LH(-1))
err(op.length_hint, LH("x"))
err(op.length_hint, LH(NotImplemented), 7)
err(op.length_hint, LH(4))
class BadLen:
    def __len__(self): raise ValueError("no len")
err(op.length_hint, BadLen())
class TypeLen:
    def __len__(self): raise TypeError("nope")
    def __length_hint__(self): return 3
err(op.length_hint, TypeLen())

err(op.itemgetter)
err(op.itemgetter, a=1)
err(op.itemgetter(1), [1])
err(op.itemgetter(1), [1, 2], 3)
err(op.itemgetter(1), x=[1])
err(op.itemgetter("k"), {})
err(op.attrgetter)
err(op.attrgetter, 1)
err(op.attrgetter("a"), 1)
err(op.attrgetter("real.x"), 1)
err(op.attrgetter("a"))
err(op.methodcaller)
err(op.methodcaller, 1)
err(op.methodcaller("nope"), 1)
err(op.methodcaller("bit_length", 1), 1)
err(op.methodcaller("upper"))
