# object.__new__/__init__ argument rules and custom __new__.
class Plain:
    pass


class WithInit:
    def __init__(self, a):
        self.a = a


class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj


def check(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)


check(lambda: Plain())
check(lambda: Plain(1))
check(lambda: Plain(x=1))
check(lambda: WithInit(1))
check(lambda: WithInit())
check(lambda: WithNew(1, 2))
print(WithNew(1, 2).args)
check(lambda: object(1))
check(lambda: object.__new__(Plain, 1))
check(lambda: object.__init__(Plain(), 1))
check(lambda: object.__new__(list))


class Other:
    pass


class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__", kind)


print(type(Factory("self")).__name__)
print(type(Factory("other")).__name__)


class BadInit:
    def __init__(self):
        return 5


check(lambda: BadInit())


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = object.__new__(cls)
        cls._cache[key] = obj
        return obj

    def __init__(self, key):
        self.key = key


print(Cached(1) is Cached(1), Cached(1) is Cached(2))
print(object.__new__(Plain).__class__.__name__)
