# float() from strings: whitespace, underscores, inf/nan spellings, errors.
good = ["1.5", "  1_0.5e3 ", "-1e-3", "+.5", "5.", "1E5", "inf", "-Infinity", "nAn", "+inf", "  -0.0\n",
        "1_000.000_1", "1e1_0", "00012.5", "1e400", "-1e400", "1e-400", "0.1", "123456789012345678901234567890"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "x", "1_", "_1", "1__0", "1e", "1e+", ".", "1.5.2", "0x10", "infinit", "1._5", "1_.5", "1.5e_3", "nan1", "- 1", "1,5"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(e)
print(float(b"2.5"), float(bytearray(b" 7 ")), float("１.５"))
