# repr and ascii of strings: quote choice, escapes, printable Unicode
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad", "é ü ñ", "日本語", "😀", "\u200b\u2028\u2029", "\ud800", "\U000e0001", "\u0378",
           "ǅ", "\ufeff", "\u00a0", "a\u0301"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a", "b'", 'c"']), str(["é"]), repr(("x",)))
print("%r" % "q'", "{!r}".format("z\n"), f"{'x'!r}", f"{'é'!a}")
