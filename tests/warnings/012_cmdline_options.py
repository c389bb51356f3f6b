# -W options: later ones win; categories and module/lineno fields; invalid options are
# reported on stderr and ignored.
import sys
import warnings

print(sys.warnoptions)
for f in warnings.filters[:6]:
    print(f)
warnings.warn("user warnings are ignored")
try:
    warnings.warn("runtime warnings are errors", RuntimeWarning)
except RuntimeWarning as e:
    print("caught:", e)
warnings.warn("shown always", FutureWarning)
warnings.warn("shown always", FutureWarning)
