# SyntaxError details from compile() of strings in each mode: eval and single input
# gets no newline added, an error at the end of input is "invalid syntax" with no column
sources = ["", "\n", "1 +", "1 +\n", "x = ", "x = \n", "(", "# c", "@dec", "@dec\n",
           "x = 1\n@dec\n\n", "if 1:\n  pass\nelse", "a b", "f(**)", "x = 1 +"]
for s in sources:
    for mode in ["eval", "exec", "single"]:
        try:
            compile(s, "<s>", mode)
            print(repr(s), mode, "ok")
        except SyntaxError as e:
            print(repr(s), mode, e.msg, (e.lineno, e.offset, e.text, e.end_lineno, e.end_offset))
for s in ["", "1 +"]:
    try:
        eval(s)
    except SyntaxError as e:
        print(e)
