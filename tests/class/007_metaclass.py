# Metaclasses: __new__, __init__, __call__, __prepare__, keyword arguments.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        return {"injected": 42}


class A(metaclass=Meta, tag="a"):
    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


a = A(5)
print(a.v, a.method(), A.tag, A.injected, type(A) is Meta, isinstance(A, Meta))


class B(A):
    pass


print(B.tag, type(B).__name__)
b = B(7)
print(b.v)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)

    def describe(cls):
        return f"<{cls.__name__} with {len(cls.__dict__)} entries>"


class P(metaclass=Registry):
    pass


class Q(P):
    x = 1


print(Registry.classes, Q.describe().startswith("<Q with"))
try:
    Q().describe()
except AttributeError as e:
    print("AttributeError:", e)


class M1(type):
    pass


class M2(type):
    pass


class C1(metaclass=M1):
    pass


class C2(metaclass=M2):
    pass


try:
    class C3(C1, C2):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1, M2):
    pass


class C4(C1, C2, metaclass=M3):
    pass


print(type(C4).__name__)


def func_meta(name, bases, ns):
    ns["made_by"] = "func"
    return type(name, bases, ns)


class F(metaclass=func_meta):
    pass


print(F.made_by, type(F))


class Singleton(type):
    _inst = {}

    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]


class S(metaclass=Singleton):
    def __init__(self):
        print("S created")


print(S() is S(), S() is S())
