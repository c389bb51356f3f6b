# Wrong calls of the warnings functions: the C ones (warn, warn_explicit) and the ones
# warnings.py writes in Python report their argument errors differently, as in CPython.
import warnings

calls = [
    lambda: warnings.warn(),
    lambda: warnings.warn("a", UserWarning, 1, None, 5),
    lambda: warnings.warn_explicit("m"),
    lambda: warnings.simplefilter(),
    lambda: warnings.filterwarnings(),
    lambda: warnings.simplefilter("error", foo=1),
    lambda: warnings.simplefilter("error", Warning, 0, False, 5),
    lambda: warnings.simplefilter("error", action="x"),
    lambda: warnings.showwarning("m"),
    lambda: warnings.formatwarning("m", UserWarning),
    lambda: warnings.resetwarnings(1),
    lambda: warnings.catch_warnings(True),
    lambda: warnings.catch_warnings(foo=1),
    lambda: warnings.WarningMessage("m"),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
warnings.simplefilter(action="always", category=UserWarning)
warnings.warn(message="keywords work", category=UserWarning, stacklevel=1)
print(warnings.filters[0])
