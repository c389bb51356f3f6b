"""Data classes: twinpy's dataclasses module, behaving as CPython 3.11's.

@dataclass reads the class's annotations (its own, after those of dataclass bases) into
Field objects, then adds the methods the options ask for. __init__ is compiled from
generated source, so that its signature, defaults and argument errors are those of an
ordinary function; the other methods are closures over the field names.

There is no typing module in twinpy: ClassVar is recognised through a loaded typing
module or by the text of a string annotation.
"""

import sys
import keyword

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else type(type.__dict__)(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # a descriptor as default value still hears its name
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _string_names(cls, annotation, module, target):
    # A string annotation "Name[...]" or "mod.Name[...]" names target when the class's
    # module binds Name to it, or mod to the module that holds it.
    head = annotation.strip().split('[', 1)[0]
    mod_name, dot, name = head.rpartition('.')
    mod_name = mod_name.strip()
    name = name.strip()
    if not name.isidentifier() or (dot and not mod_name.isidentifier()):
        return False
    ns = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    if dot:
        return module is not None and ns.get(mod_name) is module and \
            getattr(module, name, None) is target
    return ns.get(name) is target


def _is_classvar(cls, a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    if cv is None:
        return False
    if isinstance(a_type, str):
        return _string_names(cls, a_type, typing, cv)
    return a_type is cv or getattr(a_type, '__origin__', None) is cv


def _is_initvar(cls, a_type):
    if isinstance(a_type, str):
        return _string_names(cls, a_type, sys.modules.get(__name__), InitVar)
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(cls, a_type):
    if isinstance(a_type, str):
        return _string_names(cls, a_type, sys.modules.get(__name__), KW_ONLY)
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(cls, a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(cls, a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    # mutable defaults would be shared by every instance
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not '
                         f'allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # True when the class defines the name itself (the method is not added)
    if name in cls.__dict__:
        return True
    try:
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    except AttributeError:
        pass
    setattr(cls, name, value)
    return False


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             globals):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    ns = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
          '__dataclass_builtins_object__': object, 'MISSING': MISSING}
    annotations = {}

    def param(f):
        annotations[f.name] = f.type
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
        ns[f'__dataclass_dflt_{f.name}__'] = f.default
        return f'{f.name}=__dataclass_dflt_{f.name}__'

    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend(param(f) for f in kw_only_fields)

    def assign(name, value):
        if frozen:
            return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
        return f'{self_name}.{name}={value}'

    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            ns[f'__dataclass_dflt_{f.name}__'] = f.default_factory
            factory = f'__dataclass_dflt_{f.name}__()'
            if f.init:
                value = (f'{factory} if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                         f'else {f.name}')
            else:
                value = factory
        elif f.init:
            value = f.name
        else:
            continue     # the class attribute holds the default
        body.append(assign(f.name, value))
    if has_post_init:
        args = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({args})')
    if not body:
        body = ['pass']
    src = ('def __init__(' + ','.join(params) + '):\n' +
           ''.join(f'  {line}\n' for line in body))
    gl = dict(globals) if globals is not None else {}
    gl.update(ns)
    loc = {}
    exec(src, gl, loc)
    fn = loc['__init__']
    annotations['return'] = None
    fn.__annotations__ = annotations
    return fn


def _repr_fn(names):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return (self.__class__.__qualname__ + '(' +
                    ', '.join([f'{n}={getattr(self, n)!r}' for n in names]) + ')')
        finally:
            running.discard(key)
    return __repr__


def _cmp_fn(name, op, names):
    def cmp(self, other):
        if other.__class__ is self.__class__:
            return op(tuple([getattr(self, n) for n in names]),
                      tuple([getattr(other, n) for n in names]))
        return NotImplemented
    cmp.__name__ = name
    return cmp


def _hash_fn(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _frozen_fns(cls, field_names):
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _format_annotation(a):
    if isinstance(a, type) and type(a).__name__ != 'GenericAlias':
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _text_signature(cls):
    # inspect.signature(cls) as text, without the return annotation: the class's doc
    init = cls.__init__
    code = getattr(init, '__code__', None)
    if code is None:
        return ''
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    ann = getattr(init, '__annotations__', {}) or {}
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    first_default = npos - len(defaults)

    def one(i, name, has_default, default):
        s = name
        if name in ann:
            s += ': ' + _format_annotation(ann[name])
            if has_default:
                s += ' = ' + repr(default)
        elif has_default:
            s += '=' + repr(default)
        return s
    parts = []
    for i in range(1, npos):
        has = i >= first_default
        parts.append(one(i, names[i], has, defaults[i - first_default] if has else None))
    flags = code.co_flags
    idx = npos + nkw
    if flags & 4:
        parts.append('*' + names[idx] + (': ' + _format_annotation(ann[names[idx]])
                                         if names[idx] in ann else ''))
        idx += 1
    elif nkw:
        parts.append('*')
    for i in range(npos, npos + nkw):
        name = names[i]
        parts.append(one(i, name, name in kwdefaults, kwdefaults.get(name)))
    if flags & 8:
        parts.append('**' + names[idx] + (': ' + _format_annotation(ann[names[idx]])
                                          if names[idx] in ann else ''))
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # the fields of dataclass bases come first, the farthest base first
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(cls, type_):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been '
                                f'specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # the class attribute is the default value, not the Field
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in all_init if f.init and not f.kw_only]
    kw_init = [f for f in all_init if f.init and f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init, std_init, kw_init, frozen,
                                    has_post_init, self_name, globals))

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f.name for f in field_list if f.repr]))

    cmp_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', _eq, cmp_names))

    if order:
        for name, op in (('__lt__', _lt), ('__le__', _le), ('__gt__', _gt),
                         ('__ge__', _ge)):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, cmp_names)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')

    if frozen:
        setter, deleter = _frozen_fns(cls, [f.name for f in field_list])
        for fn in (setter, deleter):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class '
                                f'{cls.__name__}')

    # the __hash__ table of CPython's dataclasses
    hash_names = [f.name for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_fn(hash_names)
        cls.__hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _hash_fn(hash_names)
            cls.__hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
        else:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _text_signature(cls)
        except (TypeError, ValueError):
            cls.__doc__ = cls.__name__

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _eq(a, b):
    return a == b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        if getattr(cls, '__weakrefoffset__', False):
            return ('__weakref__',)
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ must exist when the class is made: make the class again
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    import types
    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it '
                                 f'cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
