import string
F = string.Formatter()
cases = ['', 'abc', '{}', '{0}', 'a{b}c', '{{', '}}', 'a{{b}}c', '{', '}', 'a}', 'a{', '{0!r}', '{0!r:>5}', '{0:{1}}',
  '{0!}', '{0!r', '{0!rx}', '{0:', '{0:{', '{a[}', '{a[x}]}', '{a[:]}', '{a{', '{!r}', '{:}', 'x{0}}', '{0}{{', '{a.b[c]d}',
  '{0:{1}{2}}', '{0!r:{1}}x', '{a!', '{{}}', '{a:{{}}}', '{ a }', '{0[1:2]!s:x}']
for c in cases:
    try: print(repr(c), list(F.parse(c)))
    except Exception as e: print(repr(c), type(e).__name__, e)
    try: print('  fmt', repr(c.format(1, 2, 3, a={':': 4, 'x': 5})))
    except Exception as e: print('  fmt', type(e).__name__, e)
