# __init_subclass__, class keyword arguments and __set_name__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Alpha(Plugin):
    pass


class Beta(Plugin, name="B"):
    pass


class Gamma(Beta):
    pass


print(sorted(Plugin.registry), Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(object, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")


class Model:
    a = Field()
    b = Field()


m = Model()
print(m.a, Model.a.name, Model.b.name)
m.__dict__["a"] = 5
print(m.a)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("nope")


try:
    class Holder:
        x = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


class Base:
    def __init_subclass__(cls):
        cls.seen = True


class Child(Base):
    pass


print(Child.seen, "seen" in Base.__dict__)
