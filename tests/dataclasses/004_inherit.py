from dataclasses import dataclass, field, fields, is_dataclass

@dataclass
class Base:
    x: int
    y: int = 0
    def total(self):
        return self.x + self.y

@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
d = Derived()
print(d, d.total(), [f.name for f in fields(d)], Derived.__doc__)
print(Derived(1, 2, 3), Derived.__match_args__)

class Plain(Base):
    pass
print(Plain(3), is_dataclass(Plain), is_dataclass(Plain(1)), is_dataclass(int), is_dataclass(Base))

@dataclass(frozen=True)
class FBase:
    a: int
try:
    @dataclass
    class Bad(FBase):
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(frozen=True)
    class Bad2(Base):
        b: int = 1
except TypeError as e:
    print("TypeError", e)

@dataclass(frozen=True)
class FDerived(FBase):
    b: int = 2
fd = FDerived(1)
print(fd, hash(fd) == hash((1, 2)))
try:
    fd.b = 3
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class WithPost(Base):
    def __post_init__(self):
        self.y = self.y or 100
print(WithPost(1), WithPost(1, 2))

@dataclass
class A:
    a: int = 1
@dataclass
class B:
    b: int = 2
@dataclass
class AB(B, A):
    c: int = 3
print(AB(), [f.name for f in fields(AB)])

@dataclass
class KwBase:
    a: int
    b: int = field(kw_only=True, default=0)
@dataclass
class KwDerived(KwBase):
    c: int = 1
print(KwDerived(1, 2), KwDerived(1, c=2, b=3), KwDerived.__doc__)
print(Base(1) == Derived(1), Base.__eq__(Base(1), Derived(1)))
