# getstate/setstate, independent Random instances, subclasses, SystemRandom.
import random
import _random

random.seed(55)
state = random.getstate()
print(type(state), len(state), state[0], len(state[1]), state[2], state[1][-1])
first = [random.random() for i in range(5)]
random.setstate(state)
print(first == [random.random() for i in range(5)])

# the gauss_next value is part of the state
random.seed(3); random.gauss()
st = random.getstate()
print(st[2] is not None, st[2] == random.gauss())

r1 = random.Random(10)
r2 = random.Random(10)
print(r1.random() == r2.random(), r1.randrange(1000), r2.randrange(1000))
r2.setstate(r1.getstate())
print(r1.random() == r2.random())
print(isinstance(r1, _random.Random), random.Random.VERSION, type(r1).__mro__[1])

def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

r = random.Random(1)
err(r.setstate, (4, (), None))
err(r.setstate, (3, (1, 2), None))
err(r.setstate, (3, [0] * 625, None))
err(r.setstate, (3, tuple(range(624)) + (625,), None))
err(r.setstate, (3, tuple(range(624)) + (-1,), None))
err(r.setstate, (3, tuple(range(623)) + ("a", 1), None))
err(r.setstate, (3, tuple(range(623)) + (-1, 1), None))
# version 2 states are taken modulo 2**32
st = list(random.Random(4).getstate())
inner = tuple(x - 2**32 if x > 2**31 else x for x in st[1][:-1]) + (st[1][-1],)
r.setstate((2, inner, None))
print(r.random() == random.Random(4).random())

g = _random.Random(8)
print(g.random(), g.getrandbits(40), len(g.getstate()))
err(g.seed, 1, 2)
err(g.getrandbits)
err(g.getrandbits, 1.5)
err(_random.Random, 1, 2)
err(g.setstate, [1])

class Fixed(random.Random):
    def random(self):
        return 0.25
f = Fixed(1)
print(f.randrange(100), f.choice("abcd"), f.random(), f.uniform(0, 4))
class Bits(random.Random):
    def getrandbits(self, k):
        return 3 % (1 << k) if k else 0
b = Bits(1)
print(b.randrange(10), b.randrange(100))
class Init(random.Random):
    def __init__(self, seed, scale):
        super().__init__(seed)
        self.scale = scale
    def scaled(self):
        return self.random() * self.scale
i = Init(5, 10)
print(i.scaled(), random.Random(5).random() * 10)

s = random.SystemRandom()
x = s.random()
print(0.0 <= x < 1.0, 0 <= s.randrange(10) < 10, len(s.randbytes(5)), s.getrandbits(0), s.seed(5))
print(s.getrandbits(20) < 2**20, s.randint(3, 3), sorted(s.sample(range(5), 5)))
err(s.getstate)
err(s.setstate, None)
err(s.getrandbits, -1)
