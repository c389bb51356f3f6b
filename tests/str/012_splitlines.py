# splitlines with every line boundary, keepends
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "a\n".splitlines(), "a\r\n\r".splitlines(True))
print("no newline".splitlines(), "x\r\ny".splitlines(keepends=False))
print("line1\nline2\n".splitlines(1))
