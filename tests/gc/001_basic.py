# gc: collect, enable/disable, thresholds, counts (their types and relations, not values).
import gc

n = gc.collect()
print(type(n).__name__, n >= 0)
print(type(gc.collect(0)).__name__, type(gc.collect(1)).__name__, type(gc.collect(generation=2)).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(10000)]
del junk
print(gc.collect() >= 0)
gc.enable()
print(gc.isenabled(), gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
c = gc.get_count()
print(type(c).__name__, len(c), all(type(x) is int for x in c))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS if False else 0)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
stats = gc.get_stats()
print(type(stats).__name__, len(stats), sorted(stats[0]), all(isinstance(v, int) for s in stats for v in s.values()))
print(gc.garbage, type(gc.callbacks).__name__)
print(gc.is_finalized(object()))
# objects survive collections while referenced
keep = {"a": [1, 2, 3], "b": list(range(100))}
for _ in range(3):
    gc.collect()
print(keep["a"], sum(keep["b"]))
class Node:
    def __init__(self):
        self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(gc.collect() >= 0)
