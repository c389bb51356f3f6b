# comparisons use code point order
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("ab", "a"), ("Z", "a"), ("é", "z"), ("€", "😀"), ("\uffff", "\U00010000"), ("abc", "abd")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
words = ["banana", "Apple", "cherry", "apple", "éclair", "Zebra", "", "日本", "😀", "a"]
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, reverse=True))
print("a" == "a", "a" != 1, ("a" == 1))
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
try:
    None > "a"
except TypeError as e:
    print("TypeError", e)
print(max(["b", "a", "c"]), min("zyx"), "abc".__lt__("abd"), "a".__eq__(1))
