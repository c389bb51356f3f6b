# The clocks: types, units and monotonicity (never the values themselves).
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.monotonic()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__)

t1 = time.time()
n = time.time_ns()
t2 = time.time()
print(t1 > 1.6e9, abs(n / 1e9 - (t1 + t2) / 2) < 5)

last = time.monotonic()
ok = True
for _ in range(1000):
    now = time.monotonic()
    ok = ok and now >= last
    last = now
print("monotonic non-decreasing:", ok)
last = time.perf_counter_ns()
ok = True
for _ in range(1000):
    now = time.perf_counter_ns()
    ok = ok and now >= last
    last = now
print("perf_counter_ns non-decreasing:", ok)
a, b = time.monotonic(), time.monotonic_ns()
print(abs(a - b / 1e9) < 1)

p1 = time.process_time()
total = 0
for i in range(200000):
    total += i
p2 = time.process_time()
print(total, p2 >= p1, time.process_time_ns() >= int(p1 * 1e9) - 1000)

print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC) > 0)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
try:
    time.get_clock_info('sundial')
except ValueError as e:
    print(e)
try:
    time.clock_gettime(12345)
except OSError as e:
    print(type(e).__name__, e.errno)
