from dataclasses import dataclass, field, asdict, astuple, replace, fields, make_dataclass, InitVar
import dataclasses

@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)

@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: tuple = (1, 2)
o = Outer('o', Inner(1, ['t']), [Inner(2)], {'k': Inner(3)})
d = asdict(o)
print(d)
print(d['inner']['tags'] is o.inner.tags, type(d['items'][0]))
print(astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)))
print(astuple(Inner(5, [1]), tuple_factory=list))
for f in (asdict, astuple):
    try:
        f(Inner)
    except TypeError as e:
        print("TypeError", e)
    try:
        f(5)
    except TypeError as e:
        print("TypeError", e)

i = Inner(1, [2])
j = replace(i, v=10)
print(j, j.tags is i.tags, i)
try:
    replace(i, nope=1)
except TypeError as e:
    print("TypeError", e)
try:
    replace(Inner, v=1)
except TypeError as e:
    print("TypeError", e)

@dataclass
class R:
    a: int
    b: int = field(init=False, default=0)
    c: InitVar[int] = None
    def __post_init__(self, c):
        if c is not None:
            self.b = c
r = R(1, 5)
print(r, replace(r, a=2))
try:
    replace(r, b=3)
except ValueError as e:
    print("ValueError", e)
@dataclass
class R2:
    a: int
    c: InitVar[int]
    def __post_init__(self, c):
        pass
try:
    replace(R2(1, 2), a=3)
except ValueError as e:
    print("ValueError", e)

try:
    fields(5)
except TypeError as e:
    print("TypeError", e)
print(len(fields(Outer)), fields(Inner)[1].default_factory)

P = make_dataclass('P', ['x', ('y', int), ('z', 'str', field(default='zz'))], namespace={'norm': lambda self: self.x + self.y})
p = P(1, 2)
print(p, p.norm(), P.__doc__, P.__name__, [f.type for f in fields(P)])
F = make_dataclass('F', [('a', int)], frozen=True, order=True, bases=(object,))
print(F(1) < F(2), hash(F(1)) == hash((1,)))
for bad in (['1x'], ['class'], ['a', 'a'], [('a', int, 1, 2)], [5]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print("TypeError", e)
print(dataclasses.MISSING is not None, repr(dataclasses.KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE'))
print(sorted(dataclasses.__all__))
