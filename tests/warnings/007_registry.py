# __warningregistry__: once per (text, category, line) for the "default" action, reset
# when the filters change; warn_explicit with its own registry and module.
import warnings


def keys(registry):
    return sorted((k for k in registry if k != "version"), key=repr)


print("__warningregistry__" in globals())
for i in range(3):
    warnings.warn("repeated")
print(keys(__warningregistry__))


def helper():
    warnings.warn("from helper")


helper()
helper()
print(keys(__warningregistry__))

# changing the filters resets every registry, so the warning shows again
warnings.simplefilter("default")
helper()
print(keys(__warningregistry__))

# ignored warnings are not recorded
warnings.simplefilter("ignore")
warnings.warn("ignored")
print(keys(__warningregistry__))
warnings.resetwarnings()
warnings.simplefilter("default")

reg = {}
for i in range(2):
    warnings.warn_explicit("explicit", RuntimeWarning, "elsewhere.py", 10, module="elsewhere", registry=reg)
print(keys(reg))
warnings.warn_explicit("no registry", RuntimeWarning, "elsewhere.py", 11)
warnings.warn_explicit("no registry", RuntimeWarning, "elsewhere.py", 11)
warnings.warn_explicit("module None is dropped", UserWarning, "x.py", 1, None)
warnings.warn_explicit(UserWarning("an instance"), None, "<stdin>", 5)
try:
    warnings.warn_explicit("x", UserWarning, "x.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn_explicit("x", UserWarning, 1, 1)
except TypeError as e:
    print("TypeError:", e)

# "once" and "module" keep (text, category) in the registry too
warnings.simplefilter("once")
warnings.warn("once text")
warnings.warn("once text")
print(keys(__warningregistry__))
