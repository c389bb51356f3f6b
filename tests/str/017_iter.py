# iterating strings
print(list("abc"), list(""), list("日本😀"), tuple("xy"))
for ch in "héllo":
    print(ch, ord(ch), end="; ")
print()
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(sorted("banana"), sorted("éàz"), list(reversed("abc")), list(enumerate("xy")))
print([c * 2 for c in "abc"], {c for c in "aab"} == {"a", "b"}, max("hello"), min("hello"))
print(type(iter("abc")).__name__, type(iter("é")).__name__)
n = 0
for c in "x" * 10000:
    n += 1
print(n)
it = iter("abcd")
next(it)
print(it.__length_hint__(), list(it))
a, b, c = "xyz"
print(a, b, c)
print(*"ab", sep="|")
