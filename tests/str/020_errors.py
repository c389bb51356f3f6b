# error messages from str operations
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: "a" + 1)
attempt(lambda: 1 + "a")
attempt(lambda: "a" * "b")
attempt(lambda: "a" * 1.5)
attempt(lambda: "a" - "b")
attempt(lambda: -"a")
attempt(lambda: "abc"[5])
key = "x"
attempt(lambda: "abc"[key])
attempt(lambda: 5 in "abc")
attempt(lambda: "abc".index("z"))
attempt(lambda: "abc".join(5))
attempt(lambda: "abc".zfill("x"))
attempt(lambda: "abc".foo)
attempt(lambda: str.upper(5))
attempt(lambda: "x".encode(5))
attempt(lambda: "{".format())
attempt(lambda: "%d" % "x")
attempt(lambda: hash("abc") == hash("abc"))
attempt(lambda: "abc".__getitem__(1))
attempt(lambda: "a" * (2**100))
