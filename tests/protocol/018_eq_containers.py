# Containers use __eq__ (with an identity shortcut) for membership and lookups.
class Weird:
    calls = 0

    def __eq__(self, other):
        Weird.calls += 1
        return False

    __hash__ = object.__hash__


w = Weird()
lst = [1, w, 3]
print(w in lst, lst.count(w), lst.index(w), Weird.calls)
print(w == w, [w] == [w], (w,) == (w,), Weird.calls)
d = {w: "v"}
print(d[w], w in {w}, Weird.calls)
lst.remove(w)
print(lst)


class Any:
    def __eq__(self, other):
        return True

    __hash__ = None


print(Any() in [1, 2], [1, 2].index(Any()), [5, 6].count(Any()), (3,) == (Any(),))
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan)
