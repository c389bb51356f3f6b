for n in [0, 1, 5, -5, 255, -255, 2 ** 40, -(2 ** 70), True]:
    print(bin(n), oct(n), hex(n))

class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), oct(Idx()), hex(Idx()))

for bad in [1.0, "a", None, [1]]:
    try:
        hex(bad)
    except TypeError as e:
        print(e)
try:
    bin()
except TypeError as e:
    print(e)
