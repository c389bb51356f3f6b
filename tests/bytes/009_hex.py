# hex() and fromhex()
print(b"\x01\x02\xff".hex(), b"".hex(), bytearray(b"\xde\xad").hex())
print(b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2), b"\x01\x02".hex(b"|"))
print(bytes.fromhex("00ff10"), bytes.fromhex(" 01 02  0a "), bytearray.fromhex("abcd"), bytes.fromhex(""), bytes.fromhex("DEADbeef"))
for bad in ["zz", "a", "0 1", "1g"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    b"ab".hex("")
except ValueError as e:
    print("ValueError", e)
print(bytes.fromhex(b"\x00".hex() * 3), type(bytearray.fromhex("00")).__name__)
