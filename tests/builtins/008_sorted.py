data = [5, 2, 9, 1, 5, 6]
print(sorted(data), data)
print(sorted(data, reverse=True), sorted("banana"), sorted((3, 1, 2)))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted([1.5, -2, 3]))
for f in [lambda: sorted([1, "a"]), lambda: sorted(5), lambda: sorted(), lambda: sorted([1], 2),
          lambda: sorted([1], cmp=None)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
