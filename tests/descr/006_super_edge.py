# super() in classmethods, staticmethods, properties and with descriptors.
class A:
    @property
    def value(self):
        return "A.value"

    @classmethod
    def create(cls):
        return f"A.create({cls.__name__})"

    @staticmethod
    def helper():
        return "A.helper"

    def __repr__(self):
        return "A-repr"


class B(A):
    @property
    def value(self):
        return "B+" + super().value

    @classmethod
    def create(cls):
        return "B+" + super().create()

    def call_helper(self):
        return super().helper()

    def __repr__(self):
        return "B(" + super().__repr__() + ")"


b = B()
print(b.value, B.create(), b.create(), b.call_helper(), repr(b))


class C(B):
    pass


print(C().value, C.create())
try:
    super(B, b).missing
except AttributeError as e:
    print("AttributeError:", e)
print(super(B, b).__class__.__name__)


class NoArgs:
    @staticmethod
    def f():
        return super()


try:
    NoArgs.f()
except RuntimeError as e:
    print("RuntimeError:", e)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)
print(super(A, b).__repr__().startswith("<__main__.B object at "))
print(super(B, b).__repr__())
