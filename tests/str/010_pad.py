# center, ljust, rjust, zfill, expandtabs
for w in [0, 3, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, "é")))
print("abcd".center(9, "."), "abc".center(9, "."), "ab".center(5), "a".center(4, "#"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(2), "-".zfill(3), "é".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc\r\td".expandtabs(3)))
print(repr("日\t本".expandtabs(4)), repr("x\ty".expandtabs(tabsize=2)))
for args in [(5, "ab"), (5, 1), ("5",)]:
    try:
        "x".center(*args)
    except TypeError as e:
        print("TypeError", e)
print("€".rjust(3, "€"), len("😀".ljust(4, "😀")))
