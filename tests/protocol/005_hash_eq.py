# __hash__ and __eq__ together: dict/set behaviour, unhashable types.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k

    def __hash__(self):
        return hash(self.k)


d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))


class NoHash:
    def __eq__(self, o):
        return True


for v in [NoHash(), [], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)


class Explicit:
    __hash__ = None


try:
    {Explicit(): 1}
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


class BadHash:
    def __hash__(self):
        return "x"


class NegOne:
    def __hash__(self):
        return -1


print(hash(BigHash()) == hash(2 ** 100), hash(NegOne()))
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class Inherit(Key):
    pass


print(hash(Inherit(5)) == hash(5), Inherit(5) == Key(5))


class EqSub(Key):
    def __eq__(self, o):
        return False


try:
    hash(EqSub(1))
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
o = object()
print(hash(o) == hash(o), hash(None) == hash(None))
