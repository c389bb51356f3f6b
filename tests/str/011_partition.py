# partition, rpartition, removeprefix, removesuffix, startswith, endswith
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("#"), s.rpartition("#"))
print("αβγβα".partition("β"), "αβγβα".rpartition("β"))
for bad in ["", 5]:
    try:
        s.partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"), "x".removesuffix(""))
print("prefix".removeprefix(""), "ééx".removeprefix("é"))
print("hello".startswith(("x", "he")), "hello".endswith(("lo", "z")), "hello".startswith(()), "hello".startswith("ell", 1))
print("hello".startswith("", 5), "hello".startswith("", 6), "hello".endswith("", 2, 1), "hello".endswith("ll", 0, -1))
print("héllo".startswith("hé"), "héllo".endswith("lo", 3), "héllo".startswith("l", 2), "日本語".endswith("本", 0, 2))
for bad in [1, (1,), ["a"]]:
    try:
        "abc".startswith(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "abc".removeprefix(1)
except TypeError as e:
    print("TypeError", e)
