# split, rsplit, splitlines, strip, partition, join, replace on bytes
b = b"  a b\t c\n d  "
print(b.split(), b.rsplit(None, 1), b.split(b" "), b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"".split())
print(b.strip(), b.lstrip(), b.rstrip(), b"xxaxx".strip(b"x"), b"abcba".lstrip(b"ab"), bytearray(b"  q ").strip())
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"abc".partition(b"z"), bytearray(b"a-b").partition(b"-"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b", ").join([b"x", b"y"]))
print(b"aaa".replace(b"a", b"bb"), b"abc".replace(b"", b"-"), b"abab".replace(b"ab", b"X", 1), bytearray(b"xyx").replace(b"x", b""))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\nl2\r\n".splitlines(True), b"a\x0bb".splitlines())
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
for f in [lambda: b"a".split("a"), lambda: b"a".strip("a"), lambda: b"a".join(["a"]), lambda: b"a".join([1]),
          lambda: b"a".replace("a", b""), lambda: b"a".partition(b""), lambda: b"a".split(b"")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
