# bisect's argument errors and errors from comparisons.
import bisect

def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
err(bisect.bisect_left, a, 2, -1)
err(bisect.bisect_left, a, 2, 0, 10)
err(bisect.bisect_left, a)
err(bisect.bisect_right)
err(bisect.bisect_left, a, 1, 2, 3, 4)
err(bisect.bisect_left, a, 1, "a")
err(bisect.bisect_left, a, 1, hi="a")
err(bisect.bisect_left, a, 1, foo=1)
err(bisect.bisect_left, a, 1, 0, 3, None)
err(bisect.bisect_left, 5, 1)
err(bisect.insort, 5, 1)
err(bisect.insort, (1, 2), 1)
err(bisect.bisect_left, [1, 2], "a")
err(bisect.insort_right, [1, 2], "a")
err(bisect.bisect, [1, 2], 1, key=5)
err(bisect.bisect, [1, 2], 1, x=1)
err(bisect.insort_left, a, 1, lo=-2)
print(a)
