# Invalid escape sequences (DeprecationWarning) and number literals directly followed by
# a keyword (SyntaxWarning), from compile(); both are SyntaxErrors under "error".
import warnings

cases = [
    "x = '\\d'", "x = '\\d\\e'", "x = '\\d' '\\e'", "x = b'\\q'", "x = b'\\N{DASH}'",
    "x = '\\777'", "x = b'\\400'", "x = '\\377'", "x = '\\8'", "x = r'\\d'", "x = u'\\w'",
    "x = f'{1}\\d'", "x = f'\\d{1}\\e'", "x = f'{1:\\d}'", "x = f'\\{6}'", "x = f'a\\{{b'",
    "x = '''a\n\nb\\d'''", "x = ('a'\n '\\d')", "x = '\\\\d'", "x = '\\é'",
    "x = 1if 1 else 0", "x = 0x1for x in y", "x = [0x1for x in y]", "x = 1or 2",
    "x = 0o7and 1", "x = 0b1or 1", "x = 1.5if 1 else 0", "x = 1jif 1 else 0",
    "x = 1 if 1else 0", "x = 1not in y", "x = 1is 1",
]
for src in cases:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        try:
            code = compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(repr(src), "SyntaxError:", e.msg)
            continue
    print(repr(src), [(str(w.message), w.lineno, w.category.__name__) for w in log])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print("   error:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# the values: invalid escapes stay as written
ns = {}
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec("a = '\\d\\w'\nb = f'\\{6}'\nc = f'a\\{{b'\nd = b'\\q'\ne = '\\777'", ns)
print(ns["a"], ns["b"], ns["c"], ns["d"], repr(ns["e"]))
