"""Functions to convert between Python values and C structs: twinpy's struct module.

The work is done by the C module _struct; see its functions for the format strings
(byte order first: @ native, = < > ! standard; then format characters with counts).
"""

__all__ = [
    # functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',
    # classes
    'Struct',
    # exceptions
    'error'
]

from _struct import *
from _struct import _clearcache
