# complex equality with numbers, ordering errors, hashing.
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1j, 1 + 1j != 1 + 1j, 2j == 2, complex(2 ** 53 + 1, 0) == 2 ** 53 + 1)
print(hash(1 + 2j), hash(complex(1, 0)) == hash(1), hash(0j) == hash(0), hash(complex(0, 1)), hash(-1 + 0j))
for expr in ["1j < 2j", "1j > 1", "1 <= 1j", "1j >= 1.0"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(e)
print(1j == "1j", {1j: "x"}[1j], {1: "one"}[1 + 0j], bool(0j), bool(1j), bool(complex(0, -0.0)))
