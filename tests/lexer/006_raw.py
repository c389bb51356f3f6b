print(r'\n\t', R"\d+", r'\'', r"a\"b")
print(len(r'\n'), r'C:\path\to')
print(rb'\x00', Rb'\n', bR'\t', BR'a')
