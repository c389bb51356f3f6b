# str basics: literals, len, concatenation, repetition, membership, truthiness
s = "hello"
t = 'world'
print(s, t, len(s), len(""), len("héllo"), len("😀x"))
print(s + " " + t)
print(s * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print("ell" in s, "z" in s, "" in s, "" in "")
print("é" in "café", "fé" in "café", "ef" in "café")
print(bool(""), bool("a"), not "")
a = "abc"
a += "def"
a += ""
print(a, len(a))
print("a" "b" 'c')
print("""triple
quoted""", '''also''')
print("tab\there", "nl\\n", r"raw\n")
u = "\u00e9\U0001F600"
print(u, len(u))
print(str("x") is not None, type("x").__name__)
print("abc".__len__(), "abc".__contains__("b"), "ab".__add__("cd"), "ab".__mul__(2))
print(str.__len__("four"))
