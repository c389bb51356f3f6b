# the is*() predicates over ASCII and Unicode samples
samples = ["", "abc", "ABC", "Abc", "abc1", "123", "١٢٣", "½", "²", "Ⅻ", " \t\n", "\u3000", "\xa0",
           "héllo", "Hello World", "Hello world", "ǅ", "HELLO1", "hello_1", "_x", "1x", "x y", "Σ",
           "\x00", "\x7f", "é", "\u200b", "\u2028", "日本", "ⓐ", "ß", "ŉ", "a\u0301"]
names = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper",
         "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, n)() else "0" for n in names))
