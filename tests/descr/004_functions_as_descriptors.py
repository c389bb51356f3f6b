# Functions bind as methods; methods of builtins; unbound access.
class K:
    def m(self, x):
        return (type(self).__name__, x)


k = K()
m = k.m
print(m(1), K.m(k, 2), m.__self__ is k, m.__func__ is K.m)
print(type(m).__name__, type(K.m).__name__)
f = K.__dict__["m"]
print(f.__get__(k)(3), f.__get__(None, K) is f)
print([].append.__self__ == [], type([].append).__name__)
print(list.append, str.upper("abc"), list.__len__([1, 2]))
print(int.__add__(1, 2), (5).__add__(1), int.__dict__["__add__"].__name__)
k.m = lambda x: ("instance", x)
print(k.m(4))
del k.m
print(k.m(5))
print(m == k.m, m is k.m)
