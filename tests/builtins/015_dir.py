class Base:
    base_attr = 1
    def method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3

names = dir(Child())
print([n for n in names if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))

class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))

def f():
    b = 1
    a = 2
    return dir()
print(f())
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
import sys
print("path" in dir(sys))
