# Mixins with cooperative methods, and __repr__/__eq__ provided by mixins.
class ReprMixin:
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({items})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    __hash__ = None


class JsonMixin:
    def to_dict(self):
        return dict(sorted(vars(self).items()))


class User(ReprMixin, EqMixin, JsonMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age


u = User("ann", 3)
print(u, u == User("ann", 3), u == User("bob", 3), u != User("ann", 3), u.to_dict())
try:
    {u}
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in User.__mro__])


class LogMixin:
    def save(self):
        print("log before")
        r = super().save()
        print("log after")
        return r


class Store:
    def save(self):
        print("storing")
        return "saved"


class Doc(LogMixin, Store):
    pass


print(Doc().save())
