# sequence repeat: which operand the TypeError names, reflected __rmul__ first
for a, b in [([1], 'a'), ('a', [1]), (2.5, [1]), ((1,), 2.5), (b'x', 'y'), ('y', b'x'), (bytearray(b'x'), 1.5), (1.5, 'x'), ([], []), ('a', 'b')]:
    try:
        print(a * b)
    except TypeError as e:
        print(e)
x = bytearray(b'ab')
try:
    x *= 1.5
except TypeError as e:
    print(e)
x = [1]
try:
    x *= 'a'
except TypeError as e:
    print(e)
class S(list): pass
try: S([1]) * 1.5
except TypeError as e: print(e)
class R:
    def __rmul__(self, o): return ('rmul', o)
print([1] * R(), 'a' * R(), b'x' * R())
