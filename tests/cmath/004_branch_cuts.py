# The sides of the branch cuts follow the sign of zero.
import cmath

for f in [cmath.sqrt, cmath.log, cmath.asin, cmath.acos, cmath.atanh, cmath.acosh]:
    for z in [complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0)]:
        print(f.__name__, z, f(z))
for f in [cmath.asinh, cmath.atan]:
    for z in [complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
        print(f.__name__, z, f(z))
print(cmath.phase(complex(-1, 0.0)), cmath.phase(complex(-1, -0.0)), cmath.phase(-0.0), cmath.phase(0.0))
print(cmath.sqrt(-0.0), cmath.sqrt(complex(-0.0, -0.0)), cmath.exp(complex(0.0, -0.0)), cmath.log(complex(1, -0.0)))
# large and tiny arguments take the rescaled paths
for z in [complex(1e308, 1e308), complex(-1e308, 1e-308), complex(5e-324, 5e-324), complex(1e-310, -1e-310),
          complex(1e200, 1e200), complex(1, 1e-200), complex(1 + 1e-9, 1e-9)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.asinh(z), cmath.acos(z), cmath.atanh(z))
for x in [710, -710, 720.5, 780.0]:
    print(x, cmath.tanh(complex(x, 1)), cmath.cosh(complex(x / 1.1, 0.5)), cmath.exp(complex(x / 1.1, 2)))
