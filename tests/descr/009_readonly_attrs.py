# assigning read-only attributes of builtin objects: members say "readonly attribute",
# getsets without a setter name the attribute and the type
class A:
    def m(self):
        pass
def f():
    pass
objects = [(range(3), ["start", "stop", "step"]), (slice(1, 2), ["start", "stop", "step"]),
           (1j, ["real", "imag"]), (1, ["real", "imag", "numerator"]), (f, ["__globals__", "__closure__"]),
           (f.__code__, ["co_name", "co_argcount", "co_varnames"]), (A().m, ["__func__", "__self__", "__doc__"]),
           (len, ["__name__", "__self__", "__qualname__"]), (property(), ["fget", "fset", "fdel", "__isabstractmethod__"]),
           (staticmethod(f), ["__func__", "__wrapped__"]), (super(A, A()), ["__thisclass__", "__self__", "__self_class__"]),
           (type(f).__dict__["__code__"], ["__name__", "__objclass__"]), (ValueError(), ["args"])]
for obj, names in objects:
    for n in names:
        try:
            setattr(obj, n, 1)
            print(type(obj).__name__, n, "set")
        except (AttributeError, TypeError) as e:
            print(type(obj).__name__, n, type(e).__name__, e)
        try:
            delattr(obj, n)
            print(type(obj).__name__, n, "deleted")
        except (AttributeError, TypeError) as e:
            print(type(obj).__name__, n, type(e).__name__, e)
