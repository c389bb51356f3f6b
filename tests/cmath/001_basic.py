# The cmath functions on ordinary values.
import cmath, math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.pi == math.pi)
zs = [1, -1, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.5 - 0.25j, 1e-5 + 1e-5j, 3, -4.0]
for z in zs:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.log10(z))
for z in zs:
    print(z, cmath.sin(z), cmath.cos(z), cmath.tan(z))
for z in zs:
    print(z, cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
for z in zs:
    print(z, cmath.asin(z), cmath.acos(z), cmath.atan(z) if z not in (1j, -1j) else None)
for z in zs:
    print(z, cmath.asinh(z), cmath.acosh(z), cmath.atanh(z) if z not in (1, -1) else None)
for z in zs:
    print(z, cmath.phase(z), cmath.polar(z), abs(z))
for r, phi in [(1, 0), (2, math.pi / 2), (1, math.pi), (3, -math.pi / 4), (0, 1), (-1, 0.5), (2, -0.0)]:
    print(r, phi, cmath.rect(r, phi))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, 1j), cmath.log(2, 1 + 1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(a=1, b=1))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)))
class Z:
    def __complex__(self):
        return 3 + 4j
class R:
    def __float__(self):
        return 9.0
class N:
    def __index__(self):
        return -4
print(cmath.sqrt(Z()), cmath.sqrt(R()), cmath.sqrt(N()), cmath.phase(Z()), cmath.polar(R()))
