# merge, nsmallest, nlargest (with key and reverse); stability on equal keys.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge(iter([3, 9]), (x for x in [1, 10]), range(2, 6))))
print(list(heapq.merge("ace", "bdf")), list(heapq.merge([1, 1, 1], [1, 1], key=None)))
g = heapq.merge([1, 4], [2, 3]); print(type(g).__name__, next(g), next(g))

data = [5, 1, 8, 3, 9, 2, 7, 2, 8]
for n in [0, 1, 2, 3, 9, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, (x for x in data)))
words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len), heapq.nsmallest(1, []))
print(heapq.nlargest(2, [], key=len), heapq.nsmallest(4, iter(words), key=lambda w: w[-1]))
recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
print(heapq.nlargest(3, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nlargest(3, iter(range(100))), heapq.nsmallest(5, iter(range(100, 0, -3))))
print(heapq.__all__)
