# str.format_map with dicts, dict subclasses with __missing__, and custom mappings
print("{a} {b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Default(known="k")))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print("{x}-{yz}".format_map(Upper()))
print("{a[0]} {a.__class__.__name__}".format_map({"a": [9]}))
for f in ["{}", "{0}", "{missing}"]:
    try:
        print(f.format_map({}))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
