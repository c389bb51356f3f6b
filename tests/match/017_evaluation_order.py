# The order in which matching calls user code: __eq__, __len__, get, attribute lookups,
# __instancecheck__, and when value patterns and keys are evaluated.
log = []

class V:
    def __init__(self, name, equal=False):
        self.name, self.equal = name, equal
    def __eq__(self, other):
        log.append(f"eq {self.name}")
        return self.equal
    __hash__ = object.__hash__

class Consts:
    def __getattr__(self, name):
        log.append(f"load {name}")
        return V(name, name.startswith("yes"))
c = Consts()

def run(label, subject, fn):
    log.clear()
    result = fn(subject)
    print(label, result, log)

def values(s):
    match s:
        case c.no_1 | c.no_2:
            return "first"
        case [c.yes_a, c.no_b]:
            return "second"
        case [c.yes_a, c.yes_b]:
            return "third"
run("values", [1, 2], values)
run("values", 0, values)

class Seq(list):
    def __len__(self):
        log.append("len")
        return super().__len__()
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)
    def __iter__(self):
        log.append("iter")
        return super().__iter__()

def seq(s):
    match s:
        case [_, _, _]:
            return "three wildcards"
        case [a, *_, b]:
            return f"ends {a} {b}"
        case [a, *rest]:
            return f"rest {rest}"
run("seq", Seq([1, 2]), seq)
run("seq", Seq([1, 2, 3]), seq)
run("seq", Seq([1]), seq)

class Map(dict):
    def __len__(self):
        log.append("len")
        return super().__len__()
    def get(self, key, default=None):
        log.append(f"get {key}")
        return super().get(key, default)

def mapping(m):
    match m:
        case {"a": 1, "b": 2, "c": 3}:
            return "abc"
        case {"a": 1, "x": _, "b": 2}:
            return "axb"
        case {"b": c.yes_val, "a": 1}:
            return "ba"
run("mapping", Map(a=1, b=2), mapping)

class Meta(type):
    def __instancecheck__(cls, obj):
        log.append(f"instancecheck {cls.__name__}")
        return True
class Obj(metaclass=Meta):
    __match_args__ = ("p", "q")
    def __getattribute__(self, name):
        log.append(f"getattr {name}")
        return object.__getattribute__(self, name)
    p = 1
    q = 2
    r = 3

def cls(o):
    match o:
        case Obj(1, 3):
            return "no"
        case Obj(1, r=4, q=2):
            return "no"
        case Obj(_, _, r=_):
            return "wildcards"
run("class", Obj(), cls)

def guards(x):
    match x:
        case [a] if log.append("guard 1") or False:
            return "no"
        case [a] if log.append("guard 2") or True:
            return "yes"
run("guards", [0], guards)
