try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _pkg import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _mods.broken
except ValueError as e:
    print("ValueError", e)
import sys
print("_mods.broken" in sys.modules)
try:
    import _pkg.helper.x
except ModuleNotFoundError as e:
    print(e)
