# %-formatting of bytes and bytearray
print(b"%s %d %x %c %r %a %b" % (b"x", 3, 255, 65, "é", b"y", bytearray(b"z")))
print(b"%5s|%-5b|%05d|%.2f|%+i" % (b"a", b"b", 42, 3.14159, 7))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 10}, bytearray(b"%s!") % b"hi")
print(b"%c%c" % (b"a", 98), b"100%%", b"%s" % bytearray(b"ba"))
class WithBytes:
    def __bytes__(self):
        return b"wb"
print(b"[%s]" % WithBytes())
for f in [lambda: b"%s" % "str", lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%d" % b"1", lambda: b"%s %s" % b"x",
          lambda: b"%s" % (1, 2), lambda: b"%y" % 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
