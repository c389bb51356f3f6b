# str.join with lists, tuples, generators, dict keys, and errors
print(",".join(["a", "b", "c"]))
print("".join(("x", "y")), " ".join([]), "-".join(["solo"]))
print("->".join(str(i) for i in range(5)))
print("".join({"k1": 1, "k2": 2}))
print("é".join(["a", "b", "ü"]), len("é".join(["a", "b", "ü"])))
print(", ".join(map(str, [1.5, None, True])))
parts = []
for i in range(100):
    parts.append(chr(65 + i % 26))
print("".join(parts))
for bad in [[1, 2], ["a", 2], 5]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError", e)
print("".join("abc"), "+".join("xyz"))
class S(str):
    pass
print("|".join([S("a"), S("b")]), type("".join([S("z")])).__name__)
