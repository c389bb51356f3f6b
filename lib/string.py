"""String constants, capwords, Formatter and Template: twinpy's string module.

CPython's Formatter relies on the C helpers in _string; here the format-string parser
(the same one str.format uses, with the same error messages) is written in Python.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


class _Chain:
    # The keyword arguments of substitute() shadow the mapping (CPython: a ChainMap).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_no_mapping = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # The ASCII flag is scoped to the group so that a subclass's flags still apply.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or ident
            pattern = (delim + r'(?:(?P<escaped>' + delim + r')|(?P<named>' + ident +
                       r')|{(?P<braced>' + braced + r')}|(?P<invalid>))')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_no_mapping, /, **kws):
        if mapping is _no_mapping:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        if mapping is _no_mapping:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


# Template itself gets its pattern the way subclasses do.
Template.__init_subclass__()


def _parse(s):
    # Yields (literal, field_name, format_spec, conversion) as str.format reads s.
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            yield s[start:i], None, None, None
            return
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            # "{{" or "}}": a literal brace, no field follows
            yield s[start:i], None, None, None
            i += 1
            continue
        literal = s[start:i - 1]
        # the field name ends at '!', ':' or '}'; brackets may hold any of them
        fstart = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        else:
            c = ''
        if c != '}' and c != ':' and c != '!':
            raise ValueError("expected '}' before end of string")
        name = s[fstart:i - 1]
        conversion = None
        spec = ''
        if c != '}':
            if c == '!':
                if i >= n:
                    raise ValueError("end of string while looking for conversion "
                                     "specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c != ':' and c != '}':
                        raise ValueError("expected ':' after conversion specifier")
            if c != '}':
                sstart = i
                depth = 1
                while i < n:
                    c = s[i]
                    i += 1
                    if c == '{':
                        depth += 1
                    elif c == '}':
                        depth -= 1
                        if depth == 0:
                            break
                else:
                    raise ValueError("unmatched '{' in format spec")
                spec = s[sstart:i - 1]
        yield literal, name, spec, conversion


def _split_field_name(name):
    # "a.b[0]" -> ('a', [(True, 'b'), (False, 0)]); numeric parts become ints.
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    if first.isdecimal() and first.isascii():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        start = i
        if c == '.':
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[start:i]))
        elif c == '[':
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            if key == '':
                raise ValueError("Empty attribute in format string")
            i += 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field "
                                 "specifier")
            rest.append((False, int(key) if key.isdecimal() and key.isascii() else key))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
