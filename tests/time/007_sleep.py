# sleep waits at least as long as asked; zero and ints are fine.
import time

print(time.sleep(0), time.sleep(0.0), time.sleep(False))
for secs in [0.001, 0.01, 0.02]:
    a = time.monotonic()
    time.sleep(secs)
    b = time.monotonic()
    print(secs, b - a >= secs * 0.999)
a = time.perf_counter_ns()
time.sleep(0.005)
print(time.perf_counter_ns() - a >= 4_900_000)
class Secs:
    def __index__(self):
        return 0
time.sleep(Secs())
print("done")
