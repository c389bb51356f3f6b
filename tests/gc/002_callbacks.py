# gc.callbacks are called around gc.collect() with the phase and an info dict.
import gc

events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)
class Failing:
    def __call__(self, phase, info):
        raise RuntimeError("callback failed in " + phase)
    def __repr__(self):
        return "<Failing callback>"
gc.callbacks.append(Failing())
gc.callbacks.append(cb)
events.clear()
print(gc.collect() >= 0, "still called after a failure:", [e[0] for e in events])
gc.callbacks.clear()
print(gc.collect() >= 0, gc.callbacks)
