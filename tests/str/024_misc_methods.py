# assorted method behaviours: chaining, unbound calls, method objects
s = "  Hello, World!  "
print(s.strip().lower().replace(",", "").split())
print(str.upper("x"), str.join("-", ["a", "b"]), str.split("a b"))
f = "abc".upper
print(f(), f.__name__ if hasattr(f, "__name__") else "?")
print("a-b-c".split("-", 1)[1].upper().center(7, "*"))
print(list(map(str.strip, [" a ", "b  ", "  c"])), list(map(str.title, ["ab cd", "xY"])))
print("%s has %d chars" % ("word", len("word")))
print("abc".__getitem__(slice(None, None, -1)), "abc".__iter__().__next__())
print("x".isascii(), "".isascii(), "é".isascii())
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words), max(words, key=len), sorted(words, key=lambda w: w[-1]))
print("Hello"[::-1].lower().count("l"), "abc" * 2 == "abcabc", ("ab" + "c").endswith("bc"))
