# heappush/heappop/heapify/heapreplace/heappushpop keep CPython's list order.
import heapq
import random

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for i in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
random.seed(1)
big = [random.randrange(1000) for i in range(3000)]
heapq.heapify(big)
print(big[:20], all(big[k] <= big[c] for k in range(len(big)) for c in (2 * k + 1, 2 * k + 2) if c < len(big)))
out = [heapq.heappop(big) for i in range(len(big))]
print(out == sorted(out), out[:10], out[-5:])
# tuples as priorities
tasks = []
for prio, name in [(3, "write"), (1, "eat"), (2, "code"), (1, "sleep")]:
    heapq.heappush(tasks, (prio, name))
print(tasks, [heapq.heappop(tasks)[1] for i in range(4)])
# the max-heap helpers
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m); print(m)
print(heapq._heappop_max(m), m, heapq._heapreplace_max(m, 0), m)
# the Python sift helpers
s = [1, 3, 2, 0]
heapq._siftdown(s, 0, 3); print(s)
s = [9, 1, 2, 3, 4]
heapq._siftup(s, 0); print(s)
# objects with __lt__ only
class Job:
    def __init__(self, p): self.p = p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Job(%d)" % self.p
jobs = [Job(p) for p in [5, 2, 8, 1]]
heapq.heapify(jobs); print(jobs, heapq.heappop(jobs))
