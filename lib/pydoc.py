"""A small pydoc: help(object) prints an object's signature and docstring.

builtins.help imports this module on first use, as CPython's site helper imports pydoc.
Functions are shown as CPython shows them (signature line, then the cleaned docstring);
classes and modules get a shorter summary than CPython's full listing, and there is no
interactive help utility.
"""

import sys

_MISSING = object()


def _cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    lines[0] = lines[0].lstrip()
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return _cleandoc(doc)


def _annotation(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _signature(func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = getattr(func, '__annotations__', None) or {}

    def param(name, default=_MISSING):
        s = name
        if name in ann:
            s += ': ' + _annotation(ann[name])
        if default is not _MISSING:
            s += (' = ' if name in ann else '=') + repr(default)
        return s

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        d = defaults[i - first_default] if i >= first_default else _MISSING
        parts.append(param(names[i], d))
        if i + 1 == nposonly:
            parts.append('/')
    i = npos + nkw
    if code.co_flags & 4:
        parts.append('*' + param(names[i]))
        i += 1
    elif nkw:
        parts.append('*')
    for k in range(npos, npos + nkw):
        parts.append(param(names[k], kwdefaults.get(names[k], _MISSING)))
    if code.co_flags & 8:
        parts.append('**' + param(names[i]))
    s = '(' + ', '.join(parts) + ')'
    if 'return' in ann:
        s += ' -> ' + _annotation(ann['return'])
    return s


def _indent(text, prefix='    '):
    return '\n'.join(prefix + line for line in text.split('\n'))


def _describe_routine(obj, name=None):
    name = name or getattr(obj, '__name__', '?')
    if hasattr(obj, '__code__'):
        sig = _signature(obj)
    else:
        sig = getattr(obj, '__text_signature__', None) or '(...)'
        sig = sig.replace('$self, ', '').replace('$module, ', '').replace('($self)', '()')
    doc = getdoc(obj)
    text = name + sig
    if doc:
        text += '\n' + _indent(doc)
    return text


def _is_routine(obj):
    return hasattr(obj, '__code__') or type(obj).__name__ in (
        'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor',
        'method-wrapper', 'classmethod_descriptor')


def _describe_class(cls):
    bases = ', '.join(_annotation(b) if b.__module__ != 'builtins' else 'builtins.' + b.__qualname__
                      for b in cls.__bases__)
    lines = ['class %s(%s)' % (cls.__name__, bases)] if bases else ['class ' + cls.__name__]
    body = []
    doc = getdoc(cls)
    if doc:
        body.append(doc)
        body.append('')
    methods = [(k, v) for k, v in cls.__dict__.items() if _is_routine(v) and not k.startswith('__')
               or k in ('__init__', '__call__') and _is_routine(v)]
    if methods:
        body.append('Methods defined here:')
        body.append('')
        for k, v in sorted(methods):
            body.append(_describe_routine(v, k))
            body.append('')
    lines.extend(' |  ' + line if line else ' |  ' for b in body for line in b.split('\n'))
    return '\n'.join(lines)


def _describe_module(mod):
    lines = ['NAME', '    ' + mod.__name__, '']
    doc = getdoc(mod)
    if doc:
        lines += ['DESCRIPTION', _indent(doc), '']
    funcs = [(k, v) for k, v in sorted(vars(mod).items()) if _is_routine(v) and not k.startswith('_')]
    if funcs:
        lines.append('FUNCTIONS')
        for k, v in funcs:
            lines.append(_indent(_describe_routine(v, k)))
            lines.append('')
    return '\n'.join(lines)


def render_doc(thing):
    if isinstance(thing, type(sys)):
        return 'Help on module %s:\n\n%s' % (thing.__name__, _describe_module(thing))
    if isinstance(thing, type):
        mod = thing.__module__
        return 'Help on class %s in module %s:\n\n%s' % (thing.__name__, mod, _describe_class(thing))
    if _is_routine(thing) or hasattr(thing, '__func__'):
        func = getattr(thing, '__func__', thing)
        if hasattr(func, '__code__'):
            kind = 'method' if func is not thing else 'function'
        else:
            kind = 'built-in function'
        mod = getattr(func, '__module__', None)
        where = ' in module ' + mod if mod else ''
        return 'Help on %s %s%s:\n\n%s\n' % (kind, func.__name__, where, _describe_routine(func))
    cls = type(thing)
    return 'Help on %s object:\n\n%s' % (cls.__name__, _describe_class(cls))


def _resolve(name):
    import builtins
    if hasattr(builtins, name):
        return getattr(builtins, name)
    try:
        return __import__(name)
    except ImportError:
        return _MISSING


def help(request=_MISSING):
    if request is _MISSING:
        print("twinpy has no interactive help utility: use help(object) for help about object.")
        return
    if isinstance(request, str):
        obj = _resolve(request)
        if obj is _MISSING:
            print("No Python documentation found for %r.\n"
                  "Use help() to get the interactive help utility.\n"
                  "Use help(str) for help on the str class." % request)
            print()
            return
        request = obj
    print(render_doc(request))
