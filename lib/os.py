r"""OS routines for POSIX systems (twinpy's os module, written for twinpy).

Everything from the posix C module, plus:
  - os.path is posixpath (also importable as os.path)
  - os.name is 'posix'; os.curdir, os.pardir, os.sep, os.altsep, os.extsep, os.pathsep,
    os.defpath, os.linesep and os.devnull describe the path syntax
  - os.environ is a mapping of str to str whose changes reach the process environment
    (os.environb the same in bytes)
  - makedirs, removedirs, renames, walk, getenv, fsencode/fsdecode, fdopen, PathLike
"""
import sys
import stat as st

import posix
from posix import *
from posix import _exit, _have_functions

import posixpath as path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull)

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _public(module):
    return [n for n in dir(module) if not n.startswith('_')]


__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "_exit",
           "makedirs", "removedirs", "renames", "walk", "getenv", "getenvb",
           "supports_bytes_environ", "environb", "PathLike"]
__all__.extend(_public(posix))


def _exists(name):
    return name in globals()


# The functions that take dir_fd, a descriptor in place of a path, follow_symlinks=False
# or effective_ids=True (what CPython lists for Linux, of the functions twinpy has).
def _available(*names):
    return {globals()[n] for n in names if n in globals()}


supports_dir_fd = _available('access', 'chmod', 'link', 'mkdir', 'open', 'readlink', 'rename',
                             'stat', 'symlink', 'unlink', 'rmdir', 'utime')
supports_effective_ids = _available('access')
supports_fd = _available('chdir', 'chmod', 'listdir', 'scandir', 'stat', 'truncate', 'utime')
supports_follow_symlinks = _available('access', 'chmod', 'link', 'stat', 'utime')


# ---------------------------------------------------------------- directory trees

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.

    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Another process made it meanwhile.
            pass
        here = bytes(curdir, 'ASCII') if isinstance(tail, bytes) else curdir
        if tail == here:
            # "a/b/." : a/b exists now
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Only an existing directory is fine (and only with exist_ok).
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.

    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.

    Note: this function can fail with the new directory structure made
    if you lack permissions needed to unlink the leaf directory or
    file.

    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames

    dirpath is a string, the path to the directory.  dirnames is a list of
    the names of the subdirectories in dirpath (including symlinks to directories,
    and excluding '.' and '..').
    filenames is a list of the names of the non-directory files in dirpath.
    Note that the names in the lists are just names, with no path components.
    To get a full path (which begins with top) to a file or directory in
    dirpath, do os.path.join(dirpath, name).

    If optional arg 'topdown' is true or not specified, the triple for a
    directory is generated before the triples for any of its subdirectories
    (directories are generated top down).  If topdown is false, the triple
    for a directory is generated after the triples for all of its
    subdirectories (directories are generated bottom up).

    When topdown is true, the caller can modify the dirnames list in-place
    (e.g., via del or slice assignment), and walk will only recurse into the
    subdirectories whose names remain in dirnames.

    By default errors from the os.scandir() call are ignored.  If
    optional arg 'onerror' is specified, it should be a function; it
    will be called with one argument, an OSError instance.

    By default, os.walk does not follow symbolic links to subdirectories on
    systems that support them.  In order to get this functionality, set the
    optional argument 'followlinks' to true.
    """
    yield from _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    files = []
    deferred = []   # bottom-up: the subdirectories to descend into, found while listing
    try:
        entries = scandir(top)
    except OSError as exc:
        if onerror is not None:
            onerror(exc)
        return
    with entries:
        while True:
            try:
                entry = next(entries, None)
            except OSError as exc:
                if onerror is not None:
                    onerror(exc)
                return
            if entry is None:
                break
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
            if is_dir and not topdown:
                descend = followlinks
                if not descend:
                    try:
                        descend = not entry.is_symlink()
                    except OSError:
                        descend = True
                if descend:
                    deferred.append(entry.path)
    if topdown:
        yield top, dirs, files
        # dirs may have been changed by the caller.
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from _walk(sub, topdown, onerror, followlinks)
    else:
        for sub in deferred:
            yield from _walk(sub, topdown, onerror, followlinks)
        yield top, dirs, files


# ---------------------------------------------------------------- the environment

try:
    from _collections_abc import Mapping, MutableMapping
except ImportError:
    Mapping = MutableMapping = None


class _View:
    # Stand-ins for collections.abc's mapping views, for when that module is missing.
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'


class KeysView(_View):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_View):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_View):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class _MappingMethods:
    # What collections.abc.MutableMapping would give _Environ.
    __slots__ = ()
    __reversed__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    _missing = object()

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is self._missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


if MutableMapping is None:
    _EnvironBase = _MappingMethods

    def _is_mapping(obj):
        return isinstance(obj, (dict, _MappingMethods))
else:
    _EnvironBase = MutableMapping

    def _is_mapping(obj):
        return isinstance(obj, Mapping)


class _Environ(_EnvironBase):
    # A str (or bytes) view of posix.environ whose changes call putenv/unsetenv.
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            raw = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(raw)

    def __setitem__(self, key, value):
        rawkey = self.encodekey(key)
        rawvalue = self.encodevalue(value)
        putenv(rawkey, rawvalue)
        self._data[rawkey] = rawvalue

    def __delitem__(self, key):
        rawkey = self.encodekey(key)
        unsetenv(rawkey)
        try:
            del self._data[rawkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # over a copy: the loop body may change the environment
        for rawkey in list(self._data):
            yield self.decodekey(rawkey)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                          for k, v in self._data.items())
        return 'environ({' + shown + '})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        merged.update(self)
        return merged


def _make_environ():
    encoding = sys.getfilesystemencoding()

    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode(encoding, 'surrogateescape')

    def decode(value):
        return value.decode(encoding, 'surrogateescape')

    return _Environ(posix.environ, encode, decode, encode, decode)


environ = _make_environ()
del _make_environ


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


supports_bytes_environ = True


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)
del _check_bytes


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used.
    """
    if env is None:
        env = environ
    found = None
    try:
        found = env.get('PATH')
    except TypeError:
        pass
    if supports_bytes_environ:
        try:
            found_b = env[b'PATH']
        except (KeyError, TypeError):
            pass
        else:
            if found is not None:
                raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
            found = fsdecode(found_b)
    if found is None:
        found = defpath
    return found.split(pathsep)


# ---------------------------------------------------------------- file names

def _fscodec():
    encoding = sys.getfilesystemencoding()
    errors = sys.getfilesystemencodeerrors()

    def fsencode(filename):
        """Encode filename (an os.PathLike, bytes, or str) to the filesystem
        encoding with 'surrogateescape' error handler, return bytes unchanged.
        On Windows, use 'strict' error handler if the file system encoding is
        'mbcs' (which is the default encoding).
        """
        filename = fspath(filename)
        if isinstance(filename, str):
            return filename.encode(encoding, errors)
        return filename

    def fsdecode(filename):
        """Decode filename (an os.PathLike, bytes, or str) from the filesystem
        encoding with 'surrogateescape' error handler, return str unchanged. On
        Windows, use 'strict' error handler if the file system encoding is
        'mbcs' (which is the default encoding).
        """
        filename = fspath(filename)
        if isinstance(filename, bytes):
            return filename.decode(encoding, errors)
        return filename

    return fsencode, fsdecode


fsencode, fsdecode = _fscodec()
del _fscodec


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def _has_fspath(cls):
    for klass in cls.__mro__:
        if '__fspath__' in klass.__dict__:
            return klass.__dict__['__fspath__'] is not None
    return False


try:
    import abc as _abc
except ImportError:
    _abc = None

if _abc is not None:
    class PathLike(_abc.ABC):

        """Abstract base class for implementing the file system path protocol."""

        @_abc.abstractmethod
        def __fspath__(self):
            """Return the file system path representation of the object."""
            raise NotImplementedError

        @classmethod
        def __subclasshook__(cls, subclass):
            if cls is PathLike:
                return _has_fspath(subclass) or NotImplemented
            return NotImplemented
else:
    class _PathLikeMeta(type):
        # isinstance/issubclass by the protocol, as PathLike's __subclasshook__ does.
        def __instancecheck__(cls, obj):
            return cls.__subclasscheck__(type(obj))

        def __subclasscheck__(cls, sub):
            if cls is PathLike:
                return _has_fspath(sub)
            return type.__subclasscheck__(cls, sub)

    class PathLike(metaclass=_PathLikeMeta):

        """Abstract base class for implementing the file system path protocol."""

        def __fspath__(self):
            """Return the file system path representation of the object."""
            raise NotImplementedError

del _available
