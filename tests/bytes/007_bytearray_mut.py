# bytearray mutation: append, extend, insert, pop, remove, clear, copy, reverse, +=, *=
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 90)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("c"))
print(ba)
c = ba.copy()
c.reverse()
print(c, ba, c is ba)
ba += b"XY"
ba += bytearray(b"Z")
print(ba)
m = bytearray(b"ab")
m *= 3
print(m)
m.clear()
print(m, len(m))
cases = [lambda: bytearray(b"abc").pop(5), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5),
         lambda: bytearray(b"a").remove(500), lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"),
         lambda: bytearray(b"a").insert(0, 300), lambda: bytearray(b"abc").extend(5), lambda: bytearray(b"abc").extend([1, "a"]),
         lambda: hash(bytearray())]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b"hello")
y = x
y += b"!"
print(x is y, x)
