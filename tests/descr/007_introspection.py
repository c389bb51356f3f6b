# Descriptor objects as seen through class __dict__s and reprs.
class S:
    __slots__ = ("a",)


print(repr(S.a), type(S.a).__name__, S.a.__name__, S.a.__objclass__ is S)
print(repr(type.__dict__["__name__"]), repr(object.__dict__["__class__"]))
print(type(type.__dict__["__name__"]).__name__)
gs = type.__dict__["__name__"]
print(gs.__get__(int, type), gs.__name__)
try:
    gs.__set__(int, "x")
except TypeError as e:
    print("TypeError:", e)


class P:
    @property
    def x(self):
        return 1


print(type(P.__dict__["x"]).__name__, P.__dict__["x"].__get__(P()))
print(type(vars(P)).__name__, "x" in vars(P), len(vars(S)) > 0)
print(repr(P.__dict__).startswith("mappingproxy({"))
print(sorted(vars(S)))
print(S.__dict__.get("a") is S.a, S.__dict__.get("zz"), list(S.__dict__.keys())[0])
