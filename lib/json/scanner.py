"""JSON token scanner: make_scanner(decoder) returns the scanner of a JSONDecoder."""
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
