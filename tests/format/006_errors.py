# str.format error messages
cases = [("{", ()), ("}", ()), ("{0", ()), ("a}b", ()), ("{}", ()), ("{1}", ("a",)), ("{0}{}", ("a", "b")),
         ("{}{0}", ("a", "b")), ("{x}", ()), ("{0:abc}", (1,)), ("{:d}", ("s",)), ("{0!}", (1,)), ("{:>}}", (1,)),
         ("{a.b.}", ()), ("{[}", ()), ("x{0:{1:{2}}}", (1, 2, 3)), ("{0[}", ([1],))]
for fmt, args in cases:
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{a}".format_map({"b": 1})
except KeyError as e:
    print("KeyError", e)
