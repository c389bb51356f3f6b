"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)

(twinpy's version: patterns are matched directly, without the re module; translate()
still returns the regular expression CPython's would.)
"""
import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase on posix is a no-op
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    return _compile_pattern(pat)(name)


# ---------------------------------------------------------------- patterns as pieces
#
# A pattern is parsed into a list of pieces: _STAR, or one of the width-one matchers
#   ('lit', c)                   the character c
#   ('any',)                     any character ('?', or a negated empty set)
#   ('never',)                   no character (an empty set such as [z-a])
#   ('set', negate, ranges)      a character within one of the (lo, hi) ranges (or not)
# each with the regular-expression text translate() writes for it.

_STAR = object()
_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')   # what re.escape escapes


def _escape(c):
    if not isinstance(c, str):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(c).__name__)
    return '\\' + c if c in _SPECIAL else c


def _set_body(body, negated):
    # The character-class body translate() writes for the text between '[' and ']'.
    if '-' not in body:
        stuff = body.replace('\\', r'\\')
    else:
        # Hyphens that make ranges split the body into chunks: the first hyphen may not
        # be the body's first character (after '!'), and the character after a range's
        # end is never a range hyphen.
        chunks = []
        start = 0
        search = 2 if negated else 1
        while True:
            hyphen = body.find('-', search)
            if hyphen < 0:
                break
            chunks.append(body[start:hyphen])
            start = hyphen + 1
            search = hyphen + 3
        if start < len(body):
            chunks.append(body[start:])
        else:
            chunks[-1] += '-'
        # A range whose end is below its start matches nothing: drop both ends.
        k = len(chunks) - 1
        while k > 0:
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
            k -= 1
        stuff = '-'.join(c.replace('\\', r'\\').replace('-', r'\-') for c in chunks)
    # &, ~ and | are escaped (re would warn about set operations otherwise)
    out = []
    for c in stuff:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    return ''.join(out)


def _set_piece(stuff):
    # The piece for a class body as _set_body writes it (stuff already has its '^').
    if not stuff:
        return ('never',), '(?!)'
    if stuff == '!':
        return ('any',), '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in '^[':
        stuff = '\\' + stuff
    text = '[' + stuff + ']'
    negate = stuff[0] == '^'
    i = 1 if negate else 0
    n = len(stuff)
    ranges = []
    while i < n:
        if stuff[i] == '\\':
            lo = stuff[i + 1]
            i += 2
        else:
            lo = stuff[i]
            i += 1
        hi = lo
        if i + 1 < n and stuff[i] == '-':
            if stuff[i + 1] == '\\':
                hi = stuff[i + 2]
                i += 3
            else:
                hi = stuff[i + 1]
                i += 2
        ranges.append((lo, hi))
    return ('set', negate, tuple(ranges)), text


def _parse(pat):
    # The pieces of pat, each with its regular-expression text (None for _STAR).
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1][0] is not _STAR:   # '**' is '*'
                pieces.append((_STAR, None))
        elif c == '?':
            pieces.append((('any',), '.'))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append((('lit', '['), '\\['))
            else:
                pieces.append(_set_piece(_set_body(pat[i:j], pat[i] == '!')))
                i = j + 1
        else:
            pieces.append((('lit', c), _escape(c)))
    return pieces


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    pieces = _parse(pat)
    out = []
    k = 0
    n = len(pieces)
    while k < n and pieces[k][0] is not _STAR:
        out.append(pieces[k][1])
        k += 1
    # STAR fixed STAR fixed ... : each interior "STAR fixed" is the shortest run up to
    # the first match of fixed, never backtracked into (an atomic group).
    while k < n:
        k += 1   # the star
        if k == n:
            out.append('.*')
            break
        fixed = []
        while k < n and pieces[k][0] is not _STAR:
            fixed.append(pieces[k][1])
            k += 1
        fixed = ''.join(fixed)
        if k == n:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'


# ---------------------------------------------------------------- matching

def _char_ok(piece, c):
    kind = piece[0]
    if kind == 'lit':
        return c == piece[1]
    if kind == 'any':
        return True
    if kind == 'never':
        return False
    for lo, hi in piece[2]:
        if lo <= c <= hi:
            return not piece[1]
    return piece[1]


def _segment(pieces):
    # A run of width-one pieces: a str when all are literal characters.
    if all(p[0] == 'lit' for p in pieces):
        return ''.join(p[1] for p in pieces)
    return tuple(pieces)


def _seg_at(seg, s, pos):
    if isinstance(seg, str):
        return s.startswith(seg, pos)
    for k, piece in enumerate(seg):
        if not _char_ok(piece, s[pos + k]):
            return False
    return True


def _seg_find(seg, s, start, end):
    # The first position p in [start, end - len(seg)] where seg matches, or -1.
    if isinstance(seg, str):
        return s.find(seg, start, end)
    for p in range(start, end - len(seg) + 1):
        if _seg_at(seg, s, p):
            return p
    return -1


def _make_matcher(pat):
    segments = [[]]
    for piece, text in _parse(pat):
        if piece is _STAR:
            segments.append([])
        else:
            segments[-1].append(piece)
    segments = [_segment(s) for s in segments]
    head = segments[0]
    if len(segments) == 1:
        return lambda s: len(s) == len(head) and _seg_at(head, s, 0)
    tail = segments[-1]
    middle = segments[1:-1]
    fixed = len(head) + len(tail)

    def match(s):
        n = len(s)
        if n < fixed or not _seg_at(head, s, 0) or not _seg_at(tail, s, n - len(tail)):
            return False
        pos = len(head)
        end = n - len(tail)
        for seg in middle:
            found = _seg_find(seg, s, pos, end)
            if found < 0:
                return False
            pos = found + len(seg)
        return True

    return match


_cache = {}
_CACHE_MAX = 32768


def _compile_pattern(pat):
    key = (type(pat), pat)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pat, bytes):
        match = _make_matcher(str(pat, 'ISO-8859-1'))

        def check(name):
            if isinstance(name, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if not isinstance(name, (bytes, bytearray)):
                raise TypeError("expected string or bytes-like object, got %r" % type(name).__name__)
            return match(str(name, 'ISO-8859-1'))
    else:
        match = _make_matcher(pat)

        def check(name):
            if isinstance(name, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            if not isinstance(name, str):
                raise TypeError("expected string or bytes-like object, got %r" % type(name).__name__)
            return match(name)
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = check
    return check
