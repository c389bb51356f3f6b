# randrange, randint, choice, shuffle and their errors.
import random

random.seed(100)
print([random.randrange(10) for i in range(15)])
print([random.randrange(5, 10) for i in range(10)])
print([random.randrange(0, 100, 7) for i in range(10)])
print([random.randrange(100, 0, -3) for i in range(10)])
print([random.randrange(-50, -10, 4) for i in range(5)])
print([random.randint(1, 6) for i in range(20)])
print(random.randrange(10**30), random.randrange(-10**20, 10**20), random.randint(0, 2**100))
print(random.randrange(1), random.randint(5, 5))
print([random.choice("abcdef") for i in range(10)], random.choice([None]), random.choice(range(10, 20)))
print(random.choice((1, 2, 3)))
l = list(range(15)); random.shuffle(l); print(l)
l = ["x"]; random.shuffle(l); print(l)
l = []; random.shuffle(l); print(l)
print(random.randbytes(0), random.randbytes(1), random.randbytes(16))

def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

err(random.randrange, 0)
err(random.randrange, -5)
err(random.randrange, 5, 5)
err(random.randrange, 5, 2)
err(random.randrange, 0, 10, 0)
err(random.randrange, 0, 10, -1)
err(random.randrange, 10, None, 2)
err(random.randrange, "a")
err(random.randrange, 1, "b")
err(random.randrange, 1, 10, "c")
err(random.randint, 5, 1)
err(random.choice, [])
err(random.choice, "")
err(random.getrandbits, -1)
err(random.randbytes, -1)

import warnings
warnings.simplefilter("ignore")
print(random.randrange(10.0), random.randrange(2.0, 10.0), random.randrange(0, 10, 2.0))
err(random.randrange, 1.5)
err(random.randrange, 0, 2.5)
err(random.randrange, 0, 10, 1.5)
