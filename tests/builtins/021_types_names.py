import builtins
names = ["int", "float", "complex", "bool", "str", "bytes", "bytearray", "list", "tuple", "dict",
         "set", "frozenset", "range", "slice", "type", "object", "super", "property", "classmethod",
         "staticmethod", "enumerate", "zip", "map", "filter", "reversed"]
for n in names:
    t = getattr(builtins, n)
    print(n, isinstance(t, type), t.__name__)
print(None, Ellipsis, NotImplemented, True, False, __debug__)
print(builtins.len is len, type(len).__name__, len.__name__, repr(len))
print(builtins.__name__, type(builtins).__name__)
exc_names = [n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
             and issubclass(getattr(builtins, n), BaseException)]
print(len(exc_names) >= 60, "ValueError" in exc_names, "ExceptionGroup" in exc_names)
print(IOError.__name__, EnvironmentError.__name__)
funcs = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "compile", "delattr", "dir",
         "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
         "input", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next", "oct",
         "open", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars",
         "__import__", "__build_class__"]
print([f for f in funcs if not callable(getattr(builtins, f, None))])
