# Properties overridden and extended in subclasses; class attributes vs properties.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x


class ReadOnly(Base):
    @property
    def v(self):
        return -self._v


class Extend(Base):
    @Base.v.setter
    def v(self, x):
        Base.v.fset(self, x * 100)


r = ReadOnly()
print(r.v)
try:
    r.v = 5
except AttributeError as e:
    print("AttributeError:", e)
e = Extend()
e.v = 2
print(e.v)


class Shadow(Base):
    v = 42


print(Shadow().v)


class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h

    area = property(lambda self: self.w * self.h, doc="the area")


c = Computed(3, 4)
print(c.area, Computed.area.__doc__)
c.w = 10
print(c.area)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
