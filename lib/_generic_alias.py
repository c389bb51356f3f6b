"""types.GenericAlias (list[int]) and types.UnionType (int | None) for twinpy.

The builtin types' __class_getitem__ and type.__or__ (src/obj_generic.c) import this
module the first time they are used; lib/types.py re-exports the two classes.
"""

_NoneType = type(None)


def _type_repr(obj):
    # as CPython's ga_repr_item / union repr
    if obj is ...:
        return '...'
    if obj is _NoneType:
        return 'None'
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type

    E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).
    """

    def __init__(self, origin, args, /):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            args = '()'
        else:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        # everything else is the origin's (list[int].append is list.append)
        if name.startswith('__') and name.endswith('__') and name in (
                '__origin__', '__args__', '__parameters__', '__unpacked__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        raise TypeError(f'{self!r} is not a generic class')

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        return _or(self, other)

    def __ror__(self, other):
        return _or(other, self)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {'__origin__', '__args__',
                                                    '__parameters__'})


class UnionType:
    """Represent a PEP 604 union type

    E.g. for int | str
    """

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return ' | '.join([_type_repr(a) for a in self.__args__])

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
            if issubclass(cls, arg):
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __getitem__(self, item):
        raise TypeError(f'{self!r} is not a generic class')

    def __or__(self, other):
        return _or(self, other)

    def __ror__(self, other):
        return _or(other, self)


GenericAlias.__module__ = UnionType.__module__ = 'types'


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _or(a, b):
    """a | b for types: a UnionType of both (flattened, without repeats)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for item in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if item is None:
                item = _NoneType
            if not any(item is seen or (isinstance(item, GenericAlias) and item == seen)
                       for seen in args):
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
