from enum import Enum, IntEnum, IntFlag, auto, Flag
class Color(Enum):
    RED = 'r'
    GREEN = 'g'
    @property
    def pretty(self): return self.name.title()
    def __str__(self): return self.pretty
def f(c):
    match c:
        case Color.RED: return 'red!'
        case Color.GREEN: return 'green!'
print([f(c) for c in Color], f"{Color.RED}", Color(value='g'), Color.RED.pretty)
class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), list(Perm), Perm(3) & Perm.R, int(Perm.X))
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status(404).name, Status.OK == 200, f"{Status.OK}", str(Status.OK), "%s %r" % (Status.OK, Status.OK), Status.OK.value + 1)
print(sorted(Color, key=lambda c: c.value), Color.RED in Color, {c.value: c for c in Color})
class Tree(Enum):
    def __new__(cls, code, label):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.label = label
        return obj
    OAK = (1, 'oak tree')
    PINE = (2, 'pine tree')
print(Tree(2), Tree.OAK.label, Tree.PINE.value)
try:
    Tree(3)
except ValueError as e: print(e)
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto()
    WEEKDAYS = MON | TUE | WED
print(Weekday.WEEKDAYS, list(Weekday.WEEKDAYS), Weekday.MON in Weekday.WEEKDAYS, repr(Weekday.MON | Weekday.TUE))
import copy
print(copy.deepcopy({'c': Color.RED})['c'] is Color.RED)
print(Color.__members__['RED'], type(Color.__members__).__name__)
print(hasattr(Color, 'RED'), getattr(Color, 'BLUE', 'none'), Color.RED.__class__.__name__)
print(isinstance(Color.RED, Enum), issubclass(Color, Enum), type(Color).__name__)
print(max(Status), min(Status).name, Status.OK < Status.NOT_FOUND)
