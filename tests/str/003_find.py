# find, rfind, index, rindex, count with start/end arguments
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("", 11), s.find("", 12))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", -4, -2), s.find("a", None, 5))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5), s.rfind("abra", 1))
print(s.index("c"), s.rindex("c"), s.index("ra", 3), s.rindex("ra", 0, 6))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 3), s.count("a", 3, 8), s.count("", 3, 5), s.count("aa"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
u = "日本語のテキスト、日本"
print(u.find("日本"), u.rfind("日本"), u.find("の"), u.count("日"), u.index("キ"), u.find("本", 2), u.rfind("本", 0, 5))
print("héllo wörld".find("wö"), "héllo wörld".find("o", 5), "héllo".rfind("l"))
for f in ("index", "rindex"):
    try:
        getattr(s, f)("zz")
    except ValueError as e:
        print(f, "ValueError", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError", e)
try:
    s.find("a", "x")
except TypeError as e:
    print("TypeError", e)
try:
    s.count()
except TypeError as e:
    print("TypeError")
print(s.find("a", 10**30), s.find("a", -10**30), s.count("a", 0, 10**30))
print(s.startswith("abra"), s.startswith("bra", 1), s.endswith("bra"), s.endswith("cad", 0, 7))
