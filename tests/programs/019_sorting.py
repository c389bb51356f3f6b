people = [("alice", 31, "nyc"), ("bob", 25, "sf"), ("carol", 31, "la"), ("dave", 25, "nyc"), ("eve", 40, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
nums = [5, -3, 2, -8, 7, 0, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda n: n * n)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), min(words, key=len), max(words))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}.items()))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[3, 1], [1, 2], [3, 0], [1]]), sorted([(1, "b"), (1, "a")]))
