# non-ASCII strings: indexing in loops, slicing, lengths, mixed widths
s = "aé€😀" * 50
print(len(s), len(s.encode()))
total = 0
for i in range(len(s)):
    total += ord(s[i])
print(total)
back = "".join(s[i] for i in range(len(s) - 1, -1, -1))
print(back == s[::-1], back[:8])
print(s[3::4][:5], s[-5:], s[100:104], s.find("😀", 50), s.rfind("é"), s.count("€"))
print([len(x) for x in ("a", "é", "€", "😀")], [len(x.encode()) for x in ("a", "é", "€", "😀")])
mixed = "x" + "\U0010FFFF" + "y"
print(len(mixed), mixed[1] == "\U0010FFFF", mixed.index("y"), repr(mixed))
print("ab😀cd".split("😀"), "😀".join("ab"), "😀😀".replace("😀", "x"))
