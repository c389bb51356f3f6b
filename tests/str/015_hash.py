# str hashing matches CPython with PYTHONHASHSEED=0, so set and dict orders agree
for s in ["", "a", "abc", "hello world", "é", "€", "😀", "aé€😀", "x" * 100, "日本語"]:
    print(repr(s), hash(s))
print(list({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}))
print(list({"α", "β", "γ", "δ"}), list({"a", "é", "€", "😀"}))
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(hash("abc") == hash("ab" + "c"), hash("é") == hash("\xe9"))
s = set()
for i in range(20):
    s.add("k%d" % i)
print(list(s))
