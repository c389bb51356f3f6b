import textwrap
cases = [
    "    a\n    b\n",
    "    a\n      b\n    c",
    "  a\n\n    b\n",
    "\ta\n\tb\n",
    "\ta\n    b\n",
    "  \ta\n  \tb\n  c\n",
    "a\n  b\n",
    "   \n  x\n   \n",
    "  x\n \t \n  y",
    "",
    "   ",
    "\n\n",
    "  a\r\n  b\r\n",
    "    foo\n  \n      bar\n",
    "\t  x\n\t y\n",
]
for c in cases:
    print(repr(c), '->', repr(textwrap.dedent(c)))
def f():
    """
    Docstring
      indented
    """
print(repr(textwrap.dedent(f.__doc__)))
print(repr(textwrap.indent("a\nb\n\nc\n  \n", "> ")))
print(repr(textwrap.indent("a\r\nb\rc", "+")))
print(repr(textwrap.indent("a\nb\n\nc", "# ", lambda line: True)))
print(repr(textwrap.indent("x\ny\nzz\n", "-", lambda line: len(line) > 2)))
print(repr(textwrap.indent("", "> ")))
try:
    textwrap.dedent(None)
except TypeError as e:
    print("TypeError", e)
try:
    textwrap.indent("a", 5)
except TypeError as e:
    print("TypeError", e)
print(sorted(textwrap.__all__))
