# float(x) with numbers, __float__ and __index__; errors.
print(float(), float(3), float(-7), float(2 ** 80), float(True), float(1.25))

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 9

print(float(F()), float(I()))
for bad in [[], None, 1j, 10 ** 400]:
    try:
        print(float(bad))
    except Exception as e:
        print(type(e).__name__, e)

class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(e)
try:
    float(1, 2)
except TypeError as e:
    print(e)
