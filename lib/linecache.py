"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.

(twinpy's version. Files are decoded as tokenize.open() would: a UTF-8 BOM or a coding
cookie in the first two lines picks the encoding, among those twinpy's codecs know;
newlines are translated as text files translate them.)
"""
import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


# The cache. Maps filenames to either a thunk which will provide source code,
# or a tuple (size, mtime, lines, fullname) once loaded.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue   # still lazy: nothing read yet
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue   # came from a loader: no file to compare with
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        # A module's loader may know the source.
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    # No luck, the loader has no source for the module.
                    return []
                cache[filename] = (len(data), None, [line + '\n' for line in data.splitlines()], fullname)
                return cache[filename][2]
        # A relative name may be found along the module search path.
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue   # not a usable directory name
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_source_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            if spec:
                try:
                    loader = spec.loader
                except AttributeError:
                    pass
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(get_source=get_source, name=name):
                return get_source(name)
            cache[filename] = (get_lines,)
            return True
    return False


# ---------------------------------------------------------------- reading source files
# What tokenize.open() does: the encoding from a BOM or a PEP 263 cookie, then the text
# with universal newlines.

def _normal_encoding(name):
    # tokenize's normalisation of the common spellings
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def _cookie(line):
    # The encoding a "coding[:=] name" comment names, or None; line is str.
    k = 0
    while k < len(line) and line[k] in ' \t\f':
        k += 1
    if k == len(line) or line[k] != '#':
        return None
    pos = line.find('coding', k)
    while pos >= 0:
        after = pos + 6
        if after < len(line) and line[after] in ':=':
            j = after + 1
            while j < len(line) and line[j] in ' \t':
                j += 1
            start = j
            while j < len(line) and (line[j].isascii() and (line[j].isalnum() or line[j] in '-_.')):
                j += 1
            if j > start:
                return line[start:j]
        pos = line.find('coding', pos + 1)
    return None


def _blank(line):
    # a line with nothing but whitespace, or a comment
    stripped = line.lstrip(b' \t\f')
    return not stripped or stripped[:1] in (b'#', b'\r', b'\n')


def _detect_encoding(data, filename):
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    first_two = data.split(b'\n', 2)[:2]
    encoding = None
    for k, raw in enumerate(first_two):
        try:
            line = raw.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError("invalid or missing encoding declaration for %r" % filename) from None
        name = _cookie(line)
        if name is not None:
            encoding = _normal_encoding(name)
            try:
                b''.decode(encoding)
            except LookupError:
                raise SyntaxError("unknown encoding for %r: %s" % (filename, encoding)) from None
            if bom and encoding != 'utf-8':
                raise SyntaxError('encoding problem for %r: utf-8' % filename)
            break
        if not _blank(raw):
            break
    return encoding or 'utf-8', data


def _read_source_lines(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    encoding, data = _detect_encoding(data, fullname)
    text = data.decode(encoding)
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    if lines[-1]:
        lines = [line + '\n' for line in lines[:-1]] + [lines[-1]]
    else:
        lines = [line + '\n' for line in lines[:-1]]
    return lines
