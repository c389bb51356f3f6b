# freeze moves everything alive into a permanent generation; unfreeze brings it back.
import gc

print(gc.get_freeze_count())
data = [list(range(10)) for _ in range(100)]
gc.freeze()
frozen = gc.get_freeze_count()
print(frozen > 0)
gc.collect()
print(gc.get_freeze_count() > 0, sum(map(len, data)))
more = [str(i) * 3 for i in range(1000)]
gc.collect()
print(len(more), more[-1], gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
gc.collect()
print(more[500])
