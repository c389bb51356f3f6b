# heapq's errors.
import heapq

def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

err(heapq.heappush, [], 1, 2)
err(heapq.heappush, (), 1)
err(heapq.heappush, [])
err(heapq.heappop, [])
err(heapq.heappop, 1)
err(heapq.heappop)
err(heapq.heapify, (1,))
err(heapq.heapreplace, [], 1)
err(heapq.heapreplace, (), 1)
err(heapq.heappushpop, (), 1)
err(heapq.heappush, [1], "a")
err(heapq.heapify, [1, "a", 2])
err(heapq.heappush, [], 1, x=2)
err(heapq._heappop_max, [])
h = [3, 1]
class Evil:
    def __lt__(self, o):
        h.append(0)
        return True
h = [1, 2, 3]
err(heapq.heappush, h, Evil())
err(lambda: list(heapq.merge([1], ["a"])))
err(heapq.nsmallest, 2, [1, "a", 3])
