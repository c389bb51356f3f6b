# Class-level state, class attribute mutation seen by instances and subclasses.
class Counter:
    count = 0
    registry = []

    def __init__(self):
        Counter.count += 1
        self.registry.append(self)
        self.id = Counter.count


class Sub(Counter):
    pass


a, b, c = Counter(), Sub(), Sub()
print(Counter.count, Sub.count, len(Counter.registry), c.id)
Sub.count = 100
print(Counter.count, Sub.count, a.count, b.count)
del Sub.count
print(Sub.count)
Counter.new_attr = "late"
print(a.new_attr, b.new_attr, Sub.new_attr)


def added(self):
    return f"added to {type(self).__name__}"


Counter.added = added
print(a.added(), b.added())
del Counter.added
try:
    a.added()
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Sub.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Counter, "count"), hasattr(Counter, "nope"), getattr(Counter, "nope", 42))
setattr(Counter, "dyn", 7)
print(Counter.dyn, Sub.dyn, 'dyn' in Counter.__dict__, 'dyn' in Sub.__dict__)
