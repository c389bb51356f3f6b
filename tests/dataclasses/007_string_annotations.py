import dataclasses
from dataclasses import dataclass, InitVar, KW_ONLY, fields

@dataclass
class A:
    x: 'int'
    y: 'InitVar[int]' = 0
    z: 'dataclasses.InitVar[str]' = ''
    _: 'KW_ONLY'
    k: 'list[int]' = dataclasses.field(default_factory=list)
    def __post_init__(self, y, z):
        self.seen = (y, z)
a = A(1, 2, 'q', k=[3])
print(a, a.seen, [f.name for f in fields(A)], A.__doc__)
print(A.__dataclass_fields__['y']._field_type, A.__dataclass_fields__['k'].kw_only)
print(A.__annotations__)

@dataclass
class B:
    ClassVar: int = 1      # not typing.ClassVar: an ordinary field
    c: 'ClassVar[int]' = 2
print(B(), [f.name for f in fields(B)])
