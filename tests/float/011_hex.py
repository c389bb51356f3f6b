# float.hex and float.fromhex.
for v in [0.0, -0.0, 1.0, 0.5, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("nan")]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v or v != v)
for s in ["0x1p-1", "0x1.8p1", "-0x10", "  0xA.8p0  ", "inf", "-infinity", "nan", "0x1p-1074", "0x1p-1075", "0x1.fffffffffffff8p1023", "1.5", "0X1P+4"]:
    try:
        print(s, float.fromhex(s))
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ["", "0x", "x1", "0x1p", "0x1p+", "0x1.1.1", "0x1p99999"]:
    try:
        print(float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
