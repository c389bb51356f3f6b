# Warnings from an imported module: its compile-time SyntaxWarning, the default filters
# (DeprecationWarning only for __main__), stacklevel pointing at the caller, and one
# registry per module.
import warnings
import _warnmod

print("imported", _warnmod.checked)
_warnmod.old_api()
_warnmod.old_api()


def keys(registry):
    return sorted((k for k in registry if k != "version"), key=repr)


print(keys(_warnmod.__warningregistry__))
print(keys(__warningregistry__))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    _warnmod.old_api()
print([(w.filename.endswith("_warnmod.py"), w.lineno, str(w.message)) for w in log])
