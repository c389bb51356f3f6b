from enum import Enum, IntEnum, StrEnum, auto, nonmember, member

class A(Enum):
    a = auto()
    b = auto()
    c = 'x'
print(list(A))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    class B(Enum):
        a = 'x'
        b = auto()
    print(list(B), w[0].category.__name__, w[0].lineno, str(w[0].message))

class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2 + str(count)
    X = auto()
    Y = auto()
print(list(Gen), auto(), repr(auto(5)))
try:
    class Late(Enum):
        X = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print("TypeError", e)

class S(StrEnum):
    ONE = auto()
    Two = auto()
    three = 'Three'
print(list(S), S.Two + '!', S('one'), S.three.lower(), ' '.join(S))
for body in ["class Bad(StrEnum):\n    X = 1\n",
             "class Bad(StrEnum):\n    X = ('a', 1)\n",
             "class Bad(StrEnum):\n    X = ('a', 'b', 'c', 'd')\n",
             "class Bad(Enum):\n    mro = 1\n",
             "class Bad(Enum):\n    _sunder_ = 1\n",
             "class Bad(Enum):\n    x = 1\n    def x(self): pass\n",
             "class Bad(Enum):\n    def x(self): pass\n    x = 1\n",
             "class Bad(int, str, Enum):\n    x = 1\n",
             "class Bad(Enum, int):\n    x = 1\n",
             "class Bad(IntEnum):\n    x = 'a'\n",
             "class Bad(Enum):\n    _order_ = 'b a'\n    a = 1\n    b = 2\n",
             "class Bad(Enum):\n    _ignore_ = 'x'\n    x = 1\n    y = 2\n",
             ]:
    try:
        exec(body, {'Enum': Enum, 'IntEnum': IntEnum, 'StrEnum': StrEnum})
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0].split(': {')[0])

class Ign(Enum):
    _ignore_ = ['tmp', 'i']
    tmp = 5
    for i in range(3):
        locals()['V%d' % i] = i
print(list(Ign))

class Both(Enum):
    a = 1
    b = nonmember(2)
    c = member(lambda: 3)
    _Both__private = 4
print(list(Both)[0], Both.c.name, Both.b, Both.c.value(), Both._Both__private)

class Ord(Enum):
    _order_ = 'a b'
    a = 1
    b = 2
print(list(Ord), hasattr(Ord, '_order_'))

class E(Enum):
    A = 1
for f in [lambda: setattr(E, 'A', 2), lambda: delattr(E, 'A'), lambda: E.A.__setattr__('_value_', 3) or E.A.value,
          lambda: E['B'], lambda: E(None), lambda: E.B]:
    try:
        print(f())
    except (AttributeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
E.extra = 'ok'
print(E.extra)
del E.extra
print(hasattr(E, 'extra'))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        1 in E
    except TypeError as e:
        print("TypeError", e)
    print(len(w), w[0].category.__name__)
