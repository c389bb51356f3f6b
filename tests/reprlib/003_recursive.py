# reprlib.recursive_repr: a recursive call returns the fill value
from reprlib import recursive_repr


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        "repr of a node"
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(repr([a, b]))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)


class Pair:
    def __init__(self):
        self.other = self

    @recursive_repr('<loop>')
    def __repr__(self):
        return 'Pair(%r)' % (self.other,)


p = Pair()
print(repr(p))
q = Pair()
q.other = p
print(repr(q), repr(q))


class Annotated:
    @recursive_repr()
    def __repr__(self) -> str:
        return 'A'


print(Annotated.__repr__.__annotations__, repr(Annotated()))


class Failing:
    @recursive_repr()
    def __repr__(self):
        raise RuntimeError('fails')


f = Failing()
for i in range(2):
    try:
        repr(f)
    except RuntimeError as e:
        print('RuntimeError', e)
