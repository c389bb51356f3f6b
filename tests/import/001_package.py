import _pkg
print(_pkg.VALUE, _pkg.twice(4), _pkg.helper.__name__)
import _pkg.sub
print(_pkg.sub.SUB)
from _pkg.sub import deep
print(deep.DEEP, deep.__name__, deep.__package__)
import _pkg.sub.deep as d2
print(d2 is deep)
import sys
print("_pkg.sub.deep" in sys.modules, sys.modules["_pkg"] is _pkg)
print(_pkg.__file__.endswith("__init__.py"), len(_pkg.__path__))
