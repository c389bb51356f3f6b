from dataclasses import dataclass, field, fields
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'), S.__qualname__, S.__doc__)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
s.a = 5
print(s, [f.name for f in fields(S)], S.b if False else 'ok')

@dataclass(slots=True, frozen=True)
class FS:
    a: int
fs = FS(3)
print(fs, hash(fs) == hash((3,)))
try:
    fs.a = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(fs.__getstate__(), FS.__dict__.get('__setstate__') is not None)

@dataclass(slots=True)
class Child(S):
    c: float = 0.0
print(Child(1, 'y', 2.5), Child.__slots__)
try:
    @dataclass(slots=True)
    class Has:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print("TypeError", e)
