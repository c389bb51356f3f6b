# version_info and the other version attributes.
import sys

v = sys.version_info
print(v)
print(v.major, v.minor, v.micro, v.releaselevel, v.serial)
print(v[0], v[:2], v[-1], len(v), tuple(v), list(v)[:3])
print(v >= (3, 8), v < (4,), v == (3, 11, 7, 'final', 0), v > (3, 11), (3, 10) < v)
print(isinstance(v, tuple), type(v).__name__, type(v).__module__ if False else type(v).__qualname__)
major, minor, *rest = v
print(major, minor, rest)
print(sys.version.startswith("3.11"), type(sys.hexversion).__name__, sys.hexversion >> 24, (sys.hexversion >> 16) & 0xff)
print(sys.api_version >= 1013)
print(type(sys.implementation.name).__name__, type(sys.implementation.version).__name__)
print(sys.implementation.version.major >= 0, hasattr(sys.implementation, 'cache_tag'), type(sys.implementation.hexversion).__name__)
try:
    type(v)()
except TypeError as e:
    print(e)
try:
    v.major = 4
except AttributeError as e:
    print(e)
match v:
    case (3, minor, *_):
        print("python 3 minor", minor)
print(f"{v.major}.{v.minor}", "%d.%d" % v[:2], "{0[0]}.{0[1]}".format(v))
