"""Implementation of JSONEncoder (one-shot encoding is in C: _json.make_encoder)."""
from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring
from _json import make_encoder as c_make_encoder

INFINITY = float('inf')

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii
py_encode_basestring = c_encode_basestring
py_encode_basestring_ascii = c_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot:
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
            return _iterencode(o, 0)
        return _iterencode_chunks(o, markers, self.default, _encoder, indent,
                                  self.allow_nan, self.key_separator, self.item_separator,
                                  self.sort_keys, self.skipkeys)


def _floatstr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


def _scalar(o, allow_nan):
    # The JSON text of a value that is not a container, or None for containers and
    # values default() must convert.
    if isinstance(o, str):
        return None
    if o is None:
        return 'null'
    if o is True:
        return 'true'
    if o is False:
        return 'false'
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _floatstr(o, allow_nan)
    return None


def _iterencode_chunks(o, markers, default, encoder, indent, allow_nan, key_separator,
                       item_separator, sort_keys, skipkeys):
    # The chunks CPython's pure-Python encoder yields (iterencode without _one_shot).

    def enter(obj):
        if markers is not None:
            marker = id(obj)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = obj
            return marker
        return None

    def leave(marker):
        if marker is not None:
            del markers[marker]

    def value_chunks(value, level, prefix):
        # yields the chunks of one array element / object value; `prefix` is glued to
        # the first chunk of a scalar, as CPython does
        if isinstance(value, str):
            yield prefix + encoder(value)
            return
        text = _scalar(value, allow_nan)
        if text is not None:
            yield prefix + text
            return
        if prefix:
            yield prefix
        if isinstance(value, (list, tuple)):
            yield from encode_list(value, level)
        elif isinstance(value, dict):
            yield from encode_dict(value, level)
        else:
            yield from encode_any(value, level)

    def encode_list(lst, level):
        if not lst:
            yield '[]'
            return
        marker = enter(lst)
        buf = '['
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = item_separator
        first = True
        for value in lst:
            if first:
                prefix = buf
                first = False
            else:
                prefix = separator
            yield from value_chunks(value, level, prefix)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        leave(marker)

    def encode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        marker = enter(dct)
        yield '{'
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_sep = item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_sep = item_separator
        first = True
        items = sorted(dct.items()) if sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key, allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_sep
            yield encoder(key)
            yield key_separator
            yield from value_chunks(value, level, '')
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        leave(marker)

    def encode_any(obj, level):
        if isinstance(obj, str):
            yield encoder(obj)
            return
        text = _scalar(obj, allow_nan)
        if text is not None:
            yield text
        elif isinstance(obj, (list, tuple)):
            yield from encode_list(obj, level)
        elif isinstance(obj, dict):
            yield from encode_dict(obj, level)
        else:
            marker = enter(obj)
            obj = default(obj)
            yield from encode_any(obj, level)
            leave(marker)

    return encode_any(o, 0)
