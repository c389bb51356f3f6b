# __getattr__, __getattribute__, __setattr__, __delattr__.
class Fallback:
    real = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return "synth:" + name
        raise AttributeError(f"no {name}")


f = Fallback()
print(f.real, f.xyz, getattr(f, "xa", None), getattr(f, "nope", "dflt"), hasattr(f, "nope"))
try:
    f.nope
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)


o = Logged()
o.a = 1
print(o.a)
del o.a
try:
    o.a
except AttributeError as e:
    print("AttributeError:", e)
print(o.log)


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


print(Both().boom, Both().other)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")


fr = Frozen(3)
print(fr.v)
try:
    fr.v = 4
except AttributeError as e:
    print("AttributeError:", e)


class Late:
    pass


Late.__getattr__ = lambda self, n: n.upper()
print(Late().abc)
del Late.__getattr__
try:
    Late().abc
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1))
try:
    setattr(Fallback(), 5, 1)
except TypeError as e:
    print("TypeError:", e)
