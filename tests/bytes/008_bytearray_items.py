# bytearray item and slice assignment and deletion
ba = bytearray(b"abcdefgh")
ba[0] = 65
ba[-1] = 72
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[2:5] = b""
print(ba)
ba[::2] = b"123"
print(ba)
ba[len(ba):] = [33, 63]
print(ba)
ba[0:0] = bytearray(b"<<")
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
z = bytearray(b"0123456789")
del z[8:1:-3]
print(z)
z[5:2] = b"ins"
print(z)
z[1:4] = range(65, 68)
print(z)
for f in [lambda: z.__setitem__(0, 300), lambda: z.__setitem__(slice(0, 1), 5), lambda: z.__setitem__(slice(0, 4, 2), b"x"),
          lambda: z.__setitem__(100, 1), lambda: z.__delitem__(100), lambda: z.__setitem__("a", 1), lambda: z.__setitem__(slice(0, 1), "s")]:
    try:
        f()
        print(z)
    except Exception as e:
        print(type(e).__name__, e)
w = bytearray(b"abc")
w[0:3] = w
print(w)
w[1:2] = w
print(w)
