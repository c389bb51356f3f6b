"""Support for regular expressions (RE), as CPython's re module.

The engine, re.Pattern, re.Match, re.error and the module functions are written in C
(twinpy's _re module); this file adds the RegexFlag flags (re.I, re.M, ...) and the
names programs expect to find here.
"""

import _re
from _re import (compile, match, fullmatch, search, sub, subn, split, findall, finditer,
                 escape, purge, error, Pattern, Match)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# The canonical flags in CPython's definition order (that is the order of the names in
# the repr of a combination).
_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_BITS = 511


class _FlagType(type):
    # RegexFlag is an enum.IntFlag in CPython; this metaclass gives the class the parts of
    # the enum behaviour programs use: iteration, len, lookup by name, the repr.
    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        return iter([cls._members[name] for name, _ in _FLAG_NAMES])

    def __len__(cls):
        return len(_FLAG_NAMES)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, value):
        return isinstance(value, cls)

    @property
    def __members__(cls):
        return dict(cls._members)


class RegexFlag(int, metaclass=_FlagType):
    _members = {}
    _cache = {}

    def __new__(cls, value=0):
        value = int(value)
        flag = cls._cache.get(value)
        if flag is None:
            flag = int.__new__(cls, value)
            cls._cache[value] = flag
        return flag

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [name for name, bit in _FLAG_NAMES if v & bit]
        if v & ~_ALL_BITS or not names:
            return None
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = ["re." + name for name, bit in _FLAG_NAMES if v & bit]
        if not names:
            return "re.RegexFlag(%d)" % v
        extra = v & ~_ALL_BITS
        if extra:
            names.append(hex(extra))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        v = int(self)
        return RegexFlag(_ALL_BITS & ~v)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        v = int(self)
        return iter([RegexFlag(bit) for name, bit in _FLAG_NAMES if v & bit])

    def __len__(self):
        v = int(self)
        return sum(1 for name, bit in _FLAG_NAMES if v & bit)

    def __reduce_ex__(self, proto):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)
RegexFlag._members.update((name, RegexFlag(bit)) for name, bit in _FLAG_NAMES)
RegexFlag._members["NOFLAG"] = NOFLAG
for _name, _flag in list(RegexFlag._members.items()):
    setattr(RegexFlag, _name, _flag)
del _name, _flag


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return compile(pattern, flags | T)


class Scanner:
    """A lexicon of (pattern, action) pairs scanned in one pass (undocumented in CPython)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for phrase, action in lexicon:
            compile(phrase, flags)   # each phrase must compile on its own
            parts.append("(%s)" % phrase if isinstance(phrase, str) else b"(" + phrase + b")")
        if parts and isinstance(parts[0], bytes):
            joined = b"|".join(parts)
        else:
            joined = "|".join(parts)
        self.scanner = compile(joined, flags)
        # group numbers of each phrase's outer group
        self._groups = []
        n = 1
        for phrase, action in lexicon:
            self._groups.append(n)
            n += 1 + compile(phrase, flags).groups

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            for index, g in enumerate(self._groups):
                if m.start(g) >= 0:
                    break
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
