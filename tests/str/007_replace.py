# str.replace with counts, empty patterns, unicode
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"), s.replace(" ", ""), s.replace("o", "OO"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"))
print("café".replace("é", "e"), "日本日本".replace("日", "月", 1), "x".replace("x", "😀😀"))
print("ab".replace("", "é"))
for args in [(1, "a"), ("a", 1), ("a", "b", 1.5)]:
    try:
        "abc".replace(*args)
    except TypeError as e:
        print("TypeError", e)
big = "ab" * 5000
r = big.replace("a", "xyz")
print(len(r), r[:9], r.count("xyz"))
