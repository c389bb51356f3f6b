# Exception subclasses: custom __init__, attributes, __str__, hierarchy.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"key {key!r} not found")
        self.key = key


class Detailed(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg

    def __str__(self):
        return f"[{self.code}] {self.msg}"


try:
    raise NotFound("k")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))

try:
    raise Detailed(404, "gone")
except Exception as e:
    print(e, e.code, e.args, repr(e))

print([c.__name__ for c in NotFound.__mro__])


class Multi(KeyError, ValueError):
    pass


try:
    raise Multi("both")
except ValueError as e:
    print("caught as ValueError:", repr(e))


class WithSlots(Exception):
    __slots__ = ("extra",)


w = WithSlots(1, 2)
w.extra = 3
print(w.args, w.extra)
print(issubclass(NotFound, LookupError), issubclass(Multi, LookupError))
