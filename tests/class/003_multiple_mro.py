# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print([c.__name__ for c in D.__mro__])
print(D().who())


class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass


print([c.__name__ for c in Aa.__mro__])
print([c.__name__ for c in Aa.mro()])

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class NotBase(bool): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Conflict(int, str): pass
except TypeError as e:
    print("TypeError:", e)
