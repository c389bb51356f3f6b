"""The io module: the C streams of _io, and the abstract classes IOBase, RawIOBase,
BufferedIOBase and TextIOBase.

As in CPython, the public abstract classes are Python classes over the _io bases, and
isinstance() accepts the C types as registered virtual subclasses (abc is not needed:
a small metaclass does the registry).
"""

import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open,
                 BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRandom,
                 TextIOWrapper)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _IOMeta(type):
    # The part of abc.ABCMeta the io classes need: register() and the checks.
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._io_registry = []
        return cls

    def register(cls, subclass):
        # a virtual subclass of cls is one of its bases' too
        for c in cls.__mro__:
            if isinstance(c, _IOMeta):
                c._io_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if type.__subclasscheck__(cls, subclass):
            return True
        for r in cls._io_registry:
            if issubclass(subclass, r):
                return True
        return False


class IOBase(_io._IOBase, metaclass=_IOMeta):
    pass


class RawIOBase(_io._RawIOBase, IOBase):
    pass


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass


class TextIOBase(_io._TextIOBase, IOBase):
    pass


for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass

IOBase.__module__ = RawIOBase.__module__ = "io"
BufferedIOBase.__module__ = TextIOBase.__module__ = "io"


def open_code(path):
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding
