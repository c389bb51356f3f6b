# gamma and lgamma (CPython's Lanczos approximation), erf and erfc.
import math

for n in range(1, 25):
    print(n, math.gamma(n), math.lgamma(n))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.1, 3.3, 10.75, 100.25, 141.5, 170.5, 171.6, -100.5, -170.5, -190.25,
          -200.5, -250.75, 1e-10, -1e-10, 1e-25, -1e-25, 1e-310, 5.5, 7.25, 30.000001, 199.99, 200.5]:
    try:
        g = math.gamma(x)
    except OverflowError as e:
        g = e
    print(x, g, math.lgamma(x))
for x in [1e5, 1e10, 1e300, -0.25, -3.75, -1e10 + 0.5, 2.0 ** -30]:
    print(x, math.lgamma(x))
for x in [0.0, 0.1, 0.5, 1.0, -1.0, 2.0, 3.0, 5.0, 6.0, 10.0, 27.0, 30.0, -30.0, 1e-10, -4.5]:
    print(x, math.erf(x), math.erfc(x))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf))
