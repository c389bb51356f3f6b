# is_tracked: atomic values are not, containers of containers and instances are.
import gc

class C:
    pass
def f():
    pass
for obj in [1, 2**100, 1.5, 1j, "s", b"b", None, True, (), (1, 2), (1, "a", None), ({},), (1, []),
            [], [1], {}, {1: 2}, {1: []}, {(): 1}, set(), C(), C, f, int, lambda: 0]:
    print(type(obj).__name__, gc.is_tracked(obj))
