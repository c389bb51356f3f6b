c = compile("a = 1\nb = a + 1\n", "myfile.py", "exec")
print(type(c).__name__, c.co_filename)
ns = {}
exec(c, ns)
print(ns["a"], ns["b"])
c = compile("3 * 4", "<x>", "eval")
print(eval(c))
c = compile(b"print('from bytes')", "<b>", "exec")
exec(c)
for args in [("x", "f", "bad"), ("\0", "f", "exec"), ("x +", "f", "eval"), (5, "f", "exec")]:
    try:
        compile(*args)
    except (ValueError, SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
try:
    exec(compile("1 / 0", "division.py", "exec"))
except ZeroDivisionError as e:
    print("raised:", e)
