# None, NotImplemented, Ellipsis and their types.
print(None, repr(None), bool(None), type(None).__name__, type(None)() is None)
print(NotImplemented, type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(..., Ellipsis, type(...).__name__, type(...)() is ...)
print(None is None, None == None, None != 0, hash(None) == hash(None))
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    f = None
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    class N(type(None)):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(x for x in [None.__class__.__name__, NotImplemented.__class__.__name__]))
print(None.__eq__(None), None.__eq__(1), None.__ne__(None))
print({None: 1, ...: 2}[...], [None] * 2)
