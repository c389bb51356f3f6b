# Names that end in two underscores ('__' and '___' too) are not mangled.
class X:
    __ = 1
    ___ = 2
    __a = 3
    __b_ = 4
    __slots__ = ('__x', '__c')
    def f(self): return __, ___
print(sorted(k for k in X.__dict__ if not k.startswith('__') or k in ('__', '___')))
print(X.f.__code__.co_names)
