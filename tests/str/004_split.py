# split and rsplit: whitespace, explicit separators, maxsplit, keywords
print("a b  c   d".split())
print("  leading and trailing  ".split())
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("one\ttwo\nthree\x0bfour\x1cfive".split())
print("a\u3000b\u2003c\xa0d".split())
print("x y z".split(maxsplit=1), "x y z".rsplit(maxsplit=1), "x-y-z".split(sep="-"), "x-y-z".split("-", maxsplit=0))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("日本 語 テキスト".split(" "), "αβγ,δε".split(","))
print("abc".split("abc"), "abcabc".split("abc"), "aaa".split("a"))
for bad in ["", 1]:
    try:
        print("abc".split(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".split(maxsplit="x")
except TypeError as e:
    print("TypeError", e)
print("a b c".split(None, -1), "a,b".split(",", -5))
