print(3j, 1.5j, 1e3j, 0j, 10J, 1_0j)
print(1 + 2j, (1 + 2j) * 1j, type(2j))
print(abs(3 + 4j))
