# clock_settime refuses bad clocks and arguments (never called to really set a clock).
import time
for a in [(), (0,), (0, 'x'), ('x', 1), (99, 1.0), (99, 5), (0, float('nan')), (99, 10**30), (99, 1e300)]:
    for f in (time.clock_settime, time.clock_settime_ns):
        try: f(*a)
        except Exception as e: print(f.__name__, a, type(e).__name__, e)
