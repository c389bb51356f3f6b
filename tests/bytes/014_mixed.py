# mixing bytes and bytearray: result types, comparisons, concatenation errors
a, b = b"ab", bytearray(b"cd")
print(type(a + b).__name__, type(b + a).__name__, a + b, b + a, a * 2, b * 2)
print(a == bytearray(b"ab"), bytearray(b"ab") == a, a < b, b > a, b"ab" == bytearray(b"ab"))
print(type(b[0:1]).__name__, type(a[0:1]).__name__, type(b.strip()).__name__, type(b.split()[0]).__name__)
for f in [lambda: a + "x", lambda: b + "x", lambda: "x" + a, lambda: a * "2", lambda: a < "x"]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(bytes(b), bytearray(a), list(zip(a, b)))
print(b"abc"[1], bytearray(b"abc")[1], b"abc"[-1:], bytearray(b"abc")[::-1])
try:
    bytearray(b"a")[3]
except IndexError as e:
    print("IndexError", e)
