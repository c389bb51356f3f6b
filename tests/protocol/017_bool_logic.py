# and/or/not and conditions with custom truthiness.
class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        print("bool", self.name)
        return self.truth

    def __repr__(self):
        return self.name


a, b = T("a", True), T("b", False)
print(a and b)
print(b and a)
print(a or b)
print(b or a)
print(not a, not b)
if a:
    print("a is true")
while b:
    pass
print([x for x in (a, b) if x])
print(any([b, a]), all([a, b]))
print(1 if b else 2)


class L:
    def __len__(self):
        return 0


print(not L(), bool(L()) or "empty")
