# The compiler's SyntaxWarnings for code given to compile(), recorded with
# catch_warnings; under an "error" filter they become SyntaxErrors at the node.
import warnings

cases = [
    "x is 1", "x is not 'a'", "x is ()", "x is (1, 2)", "x is -1", "1 is x",
    "x is None", "x is ...", "x is True", "x is [1]", "x is (a, 1)", "x == 1 is y",
    "1()", "'a'()", "()()", "[]()", "{}()", "{1}()", "None()", "(1+2)()", "f'x'()",
    "(x for x in y)()", "(a,)()", "(lambda: 0)()", "a.b()",
    "1[0]", "None[0]", "1.5[0]", "{1}[0]", "(lambda: 0)[0]", "'a'[0]", "(1,)[0]",
    "[1]['a']", "(1, 2)['a']", "'abc'['a']", "[1][1.5]", "[1][()]", "[1][x]", "[1][1:2]",
    "[1][True]", "x['a']", "1[0] = 2",
    "assert (x, 1)", "assert ()", "assert x, 1",
    "if x is 1: pass", "while x is not 1: pass", "try:\n  pass\nfinally:\n  x is 1",
    "def f():\n    return 1()\n", "y = [1 is x for x in z]", "y = lambda: 2()",
]
for src in cases:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec")
    print(repr(src), [(str(w.message), w.lineno, w.category.__name__, w.filename) for w in log])

for src in ["x = 5\nprint(x is 1)", "f(\n 1\n  (2))", "assert (1,\n 2)", "y = [1, 2] [\n'a']"]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)

# shown on stderr when not recorded (once per compile: no registry)
warnings.simplefilter("default")
for i in range(2):
    compile("x is 2", "<loop>", "exec")
exec("print('exec ran', 3 is not 3)")
