# filterwarnings: message and module patterns (regular expressions; the message one
# ignores case and must match at the start), categories, and argument checks.
import warnings

warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="spam")
warnings.filterwarnings("error", message=r".*\beggs$")
warnings.filterwarnings("ignore", message=r"(foo|bar)\d{2,3}[xy]?", category=RuntimeWarning)
print(warnings.filters[:3])

for text, cat in [("spam and ham", UserWarning), ("SPAM", UserWarning), ("no spam", UserWarning),
                  ("green eggs", UserWarning), ("nutmeggs", UserWarning), ("foo12", RuntimeWarning),
                  ("bar999y", RuntimeWarning), ("foo1", RuntimeWarning), ("foo12", UserWarning)]:
    try:
        warnings.warn(text, cat)
    except UserWarning as e:
        print("error:", e)

pattern = warnings.filters[0][1]
print(pattern.pattern, pattern == warnings.filters[0][1], pattern.match("FOO12x") is not None)
print(pattern.match("nope"))

# the module is __main__ here
warnings.resetwarnings()
warnings.filterwarnings("error", module="__ma")
try:
    warnings.warn("module prefix matches")
except UserWarning as e:
    print("error:", e)
warnings.resetwarnings()
warnings.filterwarnings("error", module="other")
warnings.warn("other modules only")
warnings.resetwarnings()
warnings.filterwarnings("error", category=DeprecationWarning, module="__main__$")
try:
    warnings.warn("deprecated here", DeprecationWarning)
except DeprecationWarning as e:
    print("error:", e)

# duplicates are moved, not repeated
warnings.resetwarnings()
warnings.filterwarnings("ignore", "abc")
warnings.filterwarnings("error", "def")
warnings.filterwarnings("ignore", "abc")
print(warnings.filters)

for args in [("bogus",), ("error", 5), ("error", "", int), ("error", "", Warning, 5),
             ("error", "", Warning, "", -1), ("error", "", 3)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.filterwarnings("error", "(unclosed")
except Exception as e:
    print(type(e).__name__)
