"""Path operations shared by every flavour of os.path (twinpy's own version).

Functions here take str, bytes or os.PathLike arguments, as CPython's genericpath does.
"""
import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file"""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    # Lists and tuples of components are compared component-wise (relpath uses that);
    # anything else is a path.
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # The common prefix of all is the common prefix of the smallest and the largest.
    lo = min(m)
    hi = max(m)
    n = 0
    for item in lo:
        if item != hi[n]:
            return lo[:n]
        n += 1
    return lo


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory

    This is determined by the device number and i-node number and
    raises an exception if an os.stat() call on either pathname fails.
    """
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        # Dots that start the file name do not start an extension (".profile").
        for k in range(last_sep + 1, dot):
            if p[k:k + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # Called when a path function failed with a TypeError: raise the clearer error.
    seen_str = seen_bytes = False
    for s in args:
        if isinstance(s, str):
            seen_str = True
        elif isinstance(s, bytes):
            seen_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if seen_str and seen_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
