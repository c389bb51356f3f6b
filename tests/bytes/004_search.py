# find, rfind, index, rindex, count, startswith, endswith on bytes and bytearray
b = b"abracadabra"
for x in [b, bytearray(b)]:
    print(x.find(b"bra"), x.find(97), x.find(b"z"), x.rfind(b"a"), x.rfind(98), x.find(b"a", 3, 6), x.rfind(b"", 2))
    print(x.index(b"c"), x.rindex(b"ra"), x.count(b"a"), x.count(97, 2), x.count(b""), x.count(b"bra", 0, 4))
    print(x.startswith(b"abr"), x.startswith((b"x", b"ab")), x.endswith(b"bra"), x.endswith(b"a", 0, 4), x.startswith(bytearray(b"a")))
for args in [("a",), (1.5,), (300,)]:
    try:
        b.find(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b.index(b"zz")
except ValueError as e:
    print("ValueError", e)
try:
    b.startswith("a")
except TypeError as e:
    print("TypeError", e)
