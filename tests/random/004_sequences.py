# sample (with counts) and choices (with weights and cum_weights).
import random

random.seed(7)
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 8))
print(random.sample("abcdefghij", 4), random.sample((1, 2, 3), 3), random.sample([1, 2], 0))
print(random.sample(list(range(30)), 25))
print(random.sample(range(1000), 500)[:10])
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("ab", counts=[100, 1], k=10))
print(random.choices(range(10), k=8), random.choices("xyz"))
print(random.choices(["a", "b", "c"], [10, 1, 1], k=10))
print(random.choices(["a", "b", "c"], weights=[0.5, 0.25, 0.25], k=10))
print(random.choices(["a", "b", "c"], cum_weights=[1, 5, 10], k=10))
print(random.choices([1, 2], k=0))

def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(random.sample, {1, 2, 3}, 2)
err(random.sample, {1: 2}, 1)
err(random.sample, range(5), 6)
err(random.sample, range(5), -1)
err(random.sample, "ab", 1, counts=[1])
err(random.sample, "ab", 1, counts=[0, 0])
err(random.sample, "ab", 1, counts=[1.5, 1])
err(random.choices, "abc", [1, 2])
err(random.choices, "abc", [1, 2, 3], cum_weights=[1, 2, 3])
err(random.choices, "abc", [0, 0, 0])
err(random.choices, "abc", [1, float("inf"), 1])
err(random.choices, "abc", 3)
err(random.choices, [], k=2)
