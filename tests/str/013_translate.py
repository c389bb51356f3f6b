# str.maketrans and str.translate
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t), "abcdef".translate(t))
t2 = str.maketrans("ab", "AB", "cd")
print(sorted(t2.items()), "abcdef".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "xyz", "é": 101})
print(sorted(t3.items()), "abcé".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({}), "héllo".translate({ord("é"): "e"}))
print("abc".translate({97: 0x1F600}))
class Table:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        return k + 1
print("abc".translate(Table()))
for args in [(1,), ({"ab": 1},), ("ab", "c"), ({1.5: 2},)]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}]:
    try:
        "a".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
