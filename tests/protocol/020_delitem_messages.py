# The wording of the error for del o[k] depends on the key being an index.
class A: pass
class G:
    def __getitem__(self, k): return k
for o, k in [(A(), 0), (A(), 'a'), (G(), 1), (G(), 'x'), (5, 0), (None, 0), ((1,), 'a'),
             ((1,), 0), ('s', 0), (range(3), True), (type.__dict__, 0), (type.__dict__, 'a')]:
    try:
        del o[k]
    except TypeError as e:
        print(e)
# instances of builtin types find a __doc__ (None when the type has none)
print(None.__doc__, NotImplemented.__doc__)
