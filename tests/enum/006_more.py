import enum
from enum import Enum, IntEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, Flag, global_enum
class Field(Enum):
    name = 1
    value = 2
    other = 3
print(Field.name, Field.value, Field.name.name, Field.value.value, list(Field))
@verify(UNIQUE)
class U(Enum):
    A = 1
    B = 2
print(U.A)
try:
    @verify(UNIQUE)
    class U2(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class C(IntEnum):
        A = 1
        B = 4
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        C = 7
except ValueError as e: print(e)
print(enum.show_flag_values(11), enum.bin(5), enum.bin(-5), enum.bin(3, 8))
class Sub(Enum):
    def hello(self): return 'hello ' + self.name
class Concrete(Sub):
    X = 1
print(Concrete.X.hello(), Concrete.__members__)
print(dir(Concrete), dir(Concrete.X))
print(Enum.__members__, list(Enum), IntEnum.__mro__)
print(isinstance(Concrete, enum.EnumMeta), type(Enum).__name__)
print(Concrete.X.__objclass__ if hasattr(Concrete.X, '__objclass__') else None)
class WithInitSub(Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(WithInitSub, tag=1):
    A = 1
print(Child.A)
import json
print(json.dumps({'k': IntEnum('Q', 'a b').b}))
print(enum.FlagBoundary.KEEP, repr(enum.KEEP), enum.STRICT == 'strict')
class Str(str, Enum):
    A = 'a'
print(Str.A == 'a', Str('a'), Str.A.upper(), f"{Str.A}", "%s" % Str.A, json.dumps(Str.A))
print(repr(enum.auto()), enum.member(1).value)
