# repr of bytes and bytearray: quote choice and escapes
for b in [b"", b"abc", b"it's", b'say "x"', b"both ' \"", b"\\", b"\x00\x01\t\n\r\x7f\x80\xff", bytes(range(32, 40))]:
    print(repr(b), str(b), repr(bytearray(b)))
print(bytes(range(256)))
print([b"a", bytearray(b"b")], (b"x",))
class BA(bytearray):
    pass
print(repr(BA(b"sub")))
