"""Pathname operations for POSIX systems: twinpy's os.path (written for twinpy).

The functions accept str, bytes and os.PathLike arguments and return the type they were
given; mixing str and bytes raises TypeError, as CPython's posixpath does.
"""
import os
import sys
import stat
import genericpath
from genericpath import *

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

supports_unicode_filenames = (sys.platform == 'darwin')


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = os.fspath(a)
    sep = _get_sep(a)
    result = a
    try:
        if not p:
            result[:0] + sep   # a alone must still be str or bytes
        for part in p:
            part = os.fspath(part)
            if part.startswith(sep):
                result = part
            elif not result or result.endswith(sep):
                result += part
            else:
                result += sep + part
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return result


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)
    sep = _get_sep(p)
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')


splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[p.rfind(_get_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    sep = _get_sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        up = os.lstat(parent)
    except (OSError, ValueError):
        return False
    # A different device than the parent's, or the same i-node (the root).
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _get_sep(path)
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            try:
                import pwd
            except ImportError:
                return path
            try:
                home = pwd.getpwuid(os.getuid()).pw_dir
            except KeyError:
                return path
    else:
        try:
            import pwd
        except ImportError:
            return path
        user = path[1:end]
        if isinstance(user, bytes):
            user = str(user, 'ASCII')
        try:
            home = pwd.getpwnam(user).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
        root = b'/'
    else:
        root = '/'
    home = home.rstrip(root)
    return (home + path[end:]) or root


_WORD_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_WORD = frozenset(_WORD_CHARS)
_WORD_BYTES = frozenset(_WORD_CHARS.encode('ascii'))   # bytes index to ints


def _find_var(path, start, dollar, lbrace, rbrace, word):
    # The next $name or ${name} at or after start, as (begin, end, name) with the braces
    # kept in name; None if there is none. A name is ASCII letters, digits and '_'.
    n = len(path)
    while True:
        i = path.find(dollar, start)
        if i < 0:
            return None
        j = i + 1
        if path[j:j + 1] == lbrace:
            close = path.find(rbrace, j + 1)
            if close >= 0:
                return i, close + 1, path[j:close + 1]
        else:
            while j < n and path[j] in word:
                j += 1
            if j > i + 1:
                return i, j, path[i + 1:j]
        start = i + 1


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        marks = (b'$', b'{', b'}', _WORD_BYTES)
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path:
            return path
        marks = ('$', '{', '}', _WORD)
        environ = os.environ
    pos = 0
    while True:
        found = _find_var(path, pos, *marks)
        if found is None:
            return path
        begin, end, name = found
        if name.startswith(marks[1]) and name.endswith(marks[2]):
            name = name[1:-1]
        try:
            if environ is None:
                value = os.fsencode(os.environ[os.fsdecode(name)])
            else:
                value = environ[name]
        except KeyError:
            pos = end
        else:
            rest = path[end:]
            path = path[:begin] + value
            pos = len(path)
            path += rest


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    if not path:
        return dot
    # POSIX keeps exactly two leading slashes; one, or three and more, become one.
    leading = 0
    if path.startswith(sep):
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if not comp or comp == dot:
            continue
        if comp == dotdot and (leading or parts) and not (parts and parts[-1] == dotdot):
            if parts:
                parts.pop()
            continue
        parts.append(comp)
    path = sep * leading + sep.join(parts)
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = os.fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    # Resolve rest relative to path (already resolved). seen maps each link met on the
    # way to its resolution, or None while it is being resolved (a loop when met again).
    if isinstance(path, bytes):
        sep, curdir, pardir = b'/', b'.', b'..'
    else:
        sep, curdir, pardir = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, last = split(path)
                if last == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            link = False
        else:
            link = stat.S_ISLNK(st.st_mode)
        if not link:
            path = candidate
            continue
        if candidate in seen:
            resolved = seen[candidate]
            if resolved is not None:
                path = resolved
                continue
            # A link met again while it is being resolved: a loop.
            if strict:
                os.stat(candidate)   # raises OSError(ELOOP)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _joinrealpath(path, os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    start = curdir if start is None else os.fspath(start)
    try:
        start_parts = [c for c in abspath(start).split(sep) if c]
        path_parts = [c for c in abspath(path).split(sep) if c]
        shared = len(commonprefix([start_parts, path_parts]))
        parts = [pardir] * (len(start_parts) - shared) + path_parts[shared:]
        if not parts:
            return curdir
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [p.split(sep) for p in paths]
        kinds = set(p[:1] == sep for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for k, comp in enumerate(lo):
            if comp != hi[k]:
                common = lo[:k]
                break
        return (sep if absolute else sep[:0]) + sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
