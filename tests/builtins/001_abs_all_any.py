print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(2 ** 70 * -1), abs(True))
print(abs(complex(3, -4)))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print(e)

print(all([]), all([1, 2]), all([1, 0]), all(x > 0 for x in [1, 2, 3]))
print(any([]), any([0, 0]), any([0, 3]), any(x > 2 for x in [1, 2, 3]))
print(all("abc"), any(""), all([[], 1]), any({0: 1}), any({1: 0}))

def gen():
    yield 1
    print("second item consumed")
    yield 0
    print("never reached")
    yield 1
print(all(gen()))
try:
    all(None)
except TypeError as e:
    print(e)
try:
    any(5)
except TypeError as e:
    print(e)
