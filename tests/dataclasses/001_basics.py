from dataclasses import *
import dataclasses
P = make_dataclass('P', ['x', ('y', int), ('z', int, field(default=3))])
print(P.__module__, P.__doc__, P(1,2))
@dataclass
class Q:
    a: int
    b: 'list[int]' = field(default_factory=list)
    c: str = 'x'
    _: KW_ONLY
    d: float = 1.0
    def m(self): pass
print(Q.__doc__, Q.__init__.__qualname__, Q.__init__.__annotations__)
print(Q.__dataclass_params__)
print(repr(fields(Q)[0]).split(',default=')[0])
try: Q()
except TypeError as e: print(e)
try: Q(1,2,3,4)
except TypeError as e: print(e)
print(Q.__match_args__, Q.__hash__)
q = Q(1)
print(q, q == Q(1), q == Q(2), q != Q(1, [], 'x', d=1.0), Q(1).b is Q(1).b)
