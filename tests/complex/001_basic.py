# complex construction, repr, real/imag.
vals = [1 + 2j, 2j, -2j, 1j * 0, complex(-0.0, -1), complex(1, 0), complex(0, 0), complex(-0.0, 0.0),
        complex(float("nan"), float("inf")), complex(1.5, -2.25), complex(1e20, 1e-20), 3 - 0j, -(0j)]
for c in vals:
    print(repr(c), str(c), c.real, c.imag)
print(complex(), complex(3), complex(2.5), complex(1, 2), complex(real=1, imag=-1), complex(1j, 1j), complex(2, 3j))
print(complex("1+2j"), complex(" ( -1.5-2j ) "), complex("3"), complex("-j"), complex("1e3j"), complex("inf-nanj"), complex("1_0+2_0j"))
for bad in ["x", "1+", "1+2", "j1", "1+2jj", "(1+2j", ""]:
    try:
        print(complex(bad))
    except ValueError as e:
        print(repr(bad), e)
for args in [("1", 2), (1, "2"), ([],), (1, [])]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(e)
