# SyntaxError objects: attributes and str()
e = SyntaxError("invalid syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e))
print(e.args)
print(str(SyntaxError("m", ("/some/dir/mod.py", 10, 1, "x", 10, 2))))
print(str(SyntaxError("only message")))
print(repr(SyntaxError()), SyntaxError().msg, SyntaxError().lineno)
print(str(SyntaxError("m", (None, 2, 1, None))))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))

try:
    compile("x = (1,", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)

try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)

try:
    exec("def f():\nreturn 1")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
