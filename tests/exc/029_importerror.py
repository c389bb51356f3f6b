# ImportError / ModuleNotFoundError attributes
e = ImportError("cannot import", name="mod", path="/x/mod.py")
print(e.msg, e.name, e.path, str(e), e.args)
e = ImportError()
print(e.msg, e.name, e.path, repr(str(e)))
e = ImportError("a", "b")
print(e.msg, str(e))
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print(t)

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import no_such_module_here
except ImportError as e:
    print("as ImportError:", e.msg)

print(issubclass(ModuleNotFoundError, ImportError))
