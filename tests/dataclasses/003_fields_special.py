from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, MISSING
import dataclasses

@dataclass
class C:
    a: int
    scale: InitVar[int] = 1
    total: int = field(init=False)
    count: 'ClassVar[int]' = 0
    def __post_init__(self, scale):
        self.total = self.a * scale
        C.count += 1
c = C(3, 10)
print(c, c.total, C.count, [f.name for f in fields(C)], C.__doc__)
print(C(2), C.count, repr(InitVar[int]), repr(InitVar[list]), repr(InitVar('x')))
print(sorted(C.__dataclass_fields__), C.__dataclass_fields__['scale']._field_type, C.__dataclass_fields__['count']._field_type)
print(C.scale, C.count)

@dataclass
class Post:
    x: int
    def __post_init__(self):
        print("post_init", self.x)
        if self.x < 0:
            raise ValueError("negative")
Post(1)
try:
    Post(-1)
except ValueError as e:
    print("ValueError", e)

@dataclass
class Meta:
    a: int = field(default=1, metadata={'unit': 'm'})
f = fields(Meta)[0]
print(f.name, f.type, f.default, f.default_factory is MISSING, f.init, f.repr, f.hash, f.compare, f.metadata, f.kw_only, f._field_type)
print(f.metadata['unit'], fields(Meta(5))[0] is f)
try:
    f.metadata['x'] = 1
except TypeError as e:
    print("TypeError", e)

for src in ["@dataclass\nclass X:\n    a: list = []\n",
            "@dataclass\nclass X:\n    a: dict = {}\n",
            "@dataclass\nclass X:\n    a: int = 1\n    b: int\n",
            "@dataclass\nclass X:\n    a = field(default=1)\n",
            "@dataclass\nclass X:\n    _: KW_ONLY\n    __: KW_ONLY\n",
            "@dataclass\nclass X:\n    a: InitVar[int] = field(default_factory=int)\n",
            "field(default=1, default_factory=int)\n",
            "@dataclass(weakref_slot=True)\nclass X:\n    a: int\n",
            ]:
    try:
        exec(src, {'dataclass': dataclass, 'field': field, 'KW_ONLY': KW_ONLY, 'InitVar': InitVar})
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

@dataclass
class Tup:
    a: tuple = (1, 2)
    b: frozenset = frozenset()
print(Tup())

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1)
n.children.append(n)
print(n)

@dataclass
class Self:
    self: int
    other: int = 2
print(Self(1), Self(self=3))

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, owner):
        if obj is None:
            return 10
        return getattr(obj, self.name, 10)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
@dataclass
class UsesDesc:
    d: int = Desc()
print(UsesDesc().d, UsesDesc(4).d)
