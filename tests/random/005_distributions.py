# The real-valued distributions, several draws each, from fixed seeds.
import random

def show(name, f, *args):
    random.seed(2023)
    print(name, args, [f(*args) for i in range(4)])

show("random", random.random)
show("uniform", random.uniform, 1, 5)
show("uniform", random.uniform, 5, -5)
show("triangular", random.triangular)
show("triangular", random.triangular, 0, 10, 7)
show("triangular", random.triangular, 3, 3)
show("gauss", random.gauss)
show("gauss", random.gauss, 10, 0.5)
show("normalvariate", random.normalvariate)
show("normalvariate", random.normalvariate, -3, 4)
show("lognormvariate", random.lognormvariate, 0, 1)
show("expovariate", random.expovariate, 1.5)
show("expovariate", random.expovariate, -2)
show("vonmisesvariate", random.vonmisesvariate, 1, 2)
show("vonmisesvariate", random.vonmisesvariate, 0, 0)
show("vonmisesvariate", random.vonmisesvariate, 3, 50)
show("gammavariate", random.gammavariate, 0.5, 1)
show("gammavariate", random.gammavariate, 1, 2)
show("gammavariate", random.gammavariate, 2.5, 3)
show("gammavariate", random.gammavariate, 100, 0.1)
show("betavariate", random.betavariate, 2, 3)
show("betavariate", random.betavariate, 0.5, 0.5)
show("paretovariate", random.paretovariate, 3)
show("weibullvariate", random.weibullvariate, 1, 2)
show("weibullvariate", random.weibullvariate, 2, 0.5)

# gauss keeps its second value for the next call; seed() forgets it
random.seed(1)
a = random.gauss()
b = random.gauss()
random.seed(1)
print(a == random.gauss(), b == random.gauss())
random.seed(1); random.gauss(); random.seed(1)
print(random.gauss() == a)

for bad in [(0, 1), (1, 0), (-1, 1)]:
    try:
        random.gammavariate(*bad)
    except ValueError as e:
        print(bad, e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

random.seed(9)
s = 0.0
for i in range(2000):
    s += random.normalvariate() + random.gammavariate(3, 1) + random.vonmisesvariate(0, 1)
print(s)
