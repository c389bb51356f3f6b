print(max(1, 2, 3), min(1, 2, 3), max([4, 9, 2]), min((4, 9, 2)), max("hello"), min("hello"))
print(max([1, 3], [1, 2, 5]), min({3: 1, 1: 2}), max(range(10)), min(x * x for x in [-3, 2, 5]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([3, -7, 5], key=abs), min([3, -7, 5], key=lambda v: -v))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(1, 2, key=None), max([(1, "b"), (1, "a")]))
# ties keep the first element
print(max([(1, "first"), (1, "second")], key=lambda p: p[0]))
print(min([(1, "first"), (1, "second")], key=lambda p: p[0]))
print(max(2.5, 2, 3), min(-1, -1.0), max(True, 1))

for f in [lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1),
          lambda: max(1, 2, default=0), lambda: max([1], foo=1), lambda: max(1, "a"),
          lambda: min([1, 2], key=5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
