# % formatting errors
cases = [("%d", "x"), ("%x", 1.5), ("%f", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("abc", 5), ("%", ()),
         ("%y", 5), ("%*d", ("x", 1)), ("%c", 1114112), ("%c", "ab"), ("%c", 1.5), ("%d", float("nan")),
         ("%d", float("inf")), ("%c", -1), ("%é", 1), ("%.*f", ("x", 1.0)), ("%i", None), ("%o", "7")]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
