import _mods.circ_a as a
print(a.A, a.get_b())
import _mods.circ_b as b
print(b.partial())
from _mods.star import *
print(public, _exported_private)
try:
    hidden
except NameError as e:
    print(e)
from _mods.nostar import *
print(a, f())
try:
    _b
except NameError as e:
    print(e)
