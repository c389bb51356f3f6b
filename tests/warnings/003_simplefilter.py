# simplefilter: the actions error, ignore, always, once, module, default; categories,
# line numbers, append; and the filters list itself.
import warnings

print(warnings.filters)

warnings.simplefilter("error")
try:
    warnings.warn("now an exception")
except UserWarning as e:
    print("caught", type(e).__name__, e)
try:
    warnings.warn("deprecated", DeprecationWarning)
except DeprecationWarning as e:
    print("caught", type(e).__name__, e)
print(warnings.filters[0])

warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
try:
    warnings.warn("still an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", e)

warnings.resetwarnings()
print(warnings.filters)

warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")

warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only")
warnings.warn("once only")
warnings.warn("once only", RuntimeWarning)

warnings.simplefilter("module")
for i in range(2):
    warnings.warn("once per module")
warnings.warn("once per module")

warnings.simplefilter("default")
for i in range(2):
    warnings.warn("once per line")
warnings.warn("once per line")

# a filter for one line only
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("error", lineno=54)
warnings.warn("line 52 is ignored")
try:
    warnings.warn("line 54 raises")
except UserWarning as e:
    print("caught", e)

# append puts a filter last (and does nothing if an equal one is there)
warnings.resetwarnings()
warnings.simplefilter("ignore", RuntimeWarning)
warnings.simplefilter("error", append=True)
warnings.simplefilter("ignore", RuntimeWarning, append=True)
print(warnings.filters)
warnings.simplefilter("error")   # moves the equal filter to the front
print(warnings.filters)

for bad in [("bogus",), ("error", Warning, -1), ("error", Warning, "3")]:
    try:
        warnings.simplefilter(*bad)
    except AssertionError as e:
        print("AssertionError:", e)
