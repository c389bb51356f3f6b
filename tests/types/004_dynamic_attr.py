import types

class Color:
    def __init__(self, v):
        self._v = v
    @types.DynamicClassAttribute
    def value(self):
        "The value."
        return self._v
    @value.setter
    def value(self, v):
        self._v = v

c = Color(3)
print(c.value, Color.__dict__['value'].__doc__)
c.value = 4
print(c.value)
try:
    Color.value
except AttributeError as e:
    print("AttributeError", repr(e))
try:
    del c.value
except AttributeError as e:
    print("AttributeError", e)

class Meta(type):
    def __getattr__(cls, name):
        return "meta-" + name
class K(metaclass=Meta):
    @types.DynamicClassAttribute
    def name(self):
        return "instance-name"
print(K.name, K().name)

ro = types.DynamicClassAttribute(None)
class R:
    x = ro
try:
    R().x
except AttributeError as e:
    print("AttributeError", e)
class S:
    @types.DynamicClassAttribute
    def y(self): return 1
try:
    S().y = 2
except AttributeError as e:
    print("AttributeError", e)
d = types.DynamicClassAttribute(lambda s: 1, doc="given")
print(d.__doc__, d.overwrite_doc, d.getter(lambda s: 2).__doc__)
print([n for n in ['FunctionType', 'MethodType', 'ModuleType', 'new_class', 'SimpleNamespace'] if n in types.__all__])
