# CPython's wording of argument-count errors for builtin functions
tests = [
    "len()", "abs()", "getattr(1)", "divmod(1)", "isinstance(1)", "sorted()", "max()", "min()",
    "iter()", "next()", "chr()", "ord()", "round()", "pow()", "sum()", "hasattr(1)", "setattr(1, 2)",
    "format()", "vars(1, 2)", "dir(1, 2)", "input(1, 2)", "repr()", "callable()", "id()",
    "len([], [])", "globals(1)", "locals(1)", "open()", "ascii()", "hash()", "hex()",
    "divmod(1, 2, 3)", "getattr(1, 'a', 2, 3)", "delattr(1)", "issubclass(int)",
]
for t in tests:
    try:
        eval(t)
        print(t, "no error")
    except TypeError as e:
        print(t, "->", e)
