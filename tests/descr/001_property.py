# property: getter/setter/deleter, decorators, docs, errors.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Temperature in C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)


def get_x(self):
    return self._x


def set_x(self, v):
    self._x = v


class Classic:
    x = property(get_x, set_x, None, "the x")
    empty = property()


c = Classic()
c.x = 5
print(c.x, Classic.x.__doc__)
try:
    c.empty
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.empty = 1
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["x"] = "shadow?"
print(c.x)


class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)


s = Sub()
s.celsius = 5
print(s.celsius)
p = property(lambda self: 1)
print(p.__get__(None, Temp) is p, p.__get__(5))
