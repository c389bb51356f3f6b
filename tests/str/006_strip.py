# strip, lstrip, rstrip with and without characters
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), repr("aaa".strip("a")))
print(repr("\u3000\xa0 unicode space \u2003".strip()))
print("ééhiéé".strip("é"), "«quoted»".strip("«»"), "日本日".strip("日"))
print("hello".strip(None), "hello".strip(""), "hello".strip("hol"))
for f in (str.strip, str.lstrip, str.rstrip):
    try:
        f("abc", 1)
    except TypeError as e:
        print("TypeError", e)
print(repr("\x1c\x1dx\x1e\x1f".strip()))
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ipz"))
