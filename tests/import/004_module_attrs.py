import sys
import _mods.nostar as m
print(m.__name__, m.a)
print(type(m).__name__)
m.new_attr = 5
print(m.new_attr)
try:
    m.missing
except AttributeError as e:
    print(e)
print(__name__)
print(sorted(k for k in dir(m) if not k.startswith("__")))
print(type(sys).__name__, sys.__name__)
