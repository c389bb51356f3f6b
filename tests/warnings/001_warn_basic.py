# warnings.warn: default category, explicit categories, Warning instances, and the
# standard output format on stderr (file:line: Category: message, then the source line).
import warnings

print("start")
warnings.warn("plain message")
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn("future", FutureWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(SyntaxWarning("instance", "with", "args"))


class MyWarning(UserWarning):
    pass


warnings.warn("subclassed", MyWarning)
warnings.warn(12345)
warnings.warn(["not", "a", "str"].__class__.__name__)

# the same warning from the same line is shown once ("default" action) ...
for i in range(3):
    warnings.warn("in a loop")
# ... but each line counts on its own
warnings.warn("in a loop")
warnings.warn("in a loop")

# DeprecationWarning is shown for __main__, PendingDeprecationWarning is not
warnings.warn("deprecated", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)

# a category that is not a Warning subclass
for bad in [int, "str", None.__class__, 5]:
    try:
        warnings.warn("x", bad)
        print("accepted", bad)
    except TypeError as e:
        print("TypeError:", e)

if True:
    warnings.warn("indented line"   )   # the source line is shown stripped
print("end")
