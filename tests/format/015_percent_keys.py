# %-format with a mapping: a keyed spec leaves no positional argument behind
cases = [('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%s', {'a': 1}), ('%s %s', {'a': 1}),
         ('%(a)s %(a)s', {'a': 2}), ('%(a)s %%', {'a': 2}), ('%(a)s %*d', {'a': 2}), ('%(a)*d', {'a': 2}),
         ('%(a)s', ({'a': 1},)), ('%s %(a)s', ({'a': 1},)), ('%(a)s', 5), ('%(a)s', [1]),
         (b'%(a)s %s', {b'a': b'x'}), ('%(a).1f|%(b)5s', {'a': 2.25, 'b': 'x'})]
for f, a in cases:
    try:
        print(repr(f % a))
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
for spec in [',', '_', ',s', '10,', '_<5', '.3,', '+,', '#,', ',x', 'z,']:
    try:
        print(repr(format('abc', spec)))
    except ValueError as e:
        print(spec, e)
