# Run with -W error: every warning is an exception raised where it is issued.
import sys
import warnings

print(sys.warnoptions)
print(warnings.filters[0])
try:
    warnings.warn("caught as an exception")
except UserWarning as e:
    print("caught:", repr(e))
try:
    warnings.warn("deprecations too", DeprecationWarning)
except DeprecationWarning as e:
    print("caught:", repr(e))
try:
    compile("x is 1", "<string>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e)


def api():
    warnings.warn("uncaught, from api()", stacklevel=2)


print("calling")
api()
print("not reached")
