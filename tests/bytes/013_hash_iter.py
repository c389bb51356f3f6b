# hashing (same siphash as str) and iteration
for b in [b"", b"a", b"abc", b"hello world", bytes(range(20))]:
    print(b, hash(b))
print(hash(b"abc") == hash("abc"), list({b"x", b"y", b"z", b"w"}))
d = {b"k": 1, bytes([107]): 2}
print(d)
it = iter(b"ab")
print(next(it), next(it), next(it, None), list(bytearray(b"xy")), [x + 1 for x in b"\x00\x01"])
print(sorted(b"cab"), max(b"abc"), sum(b"\x01\x02\x03"), list(reversed(b"ab")))
ba = bytearray(b"mut")
for i, v in enumerate(ba):
    ba[i] = v - 32
print(ba)
