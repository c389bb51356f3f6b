# Infinities, NaNs and signed zeros.
import math

inf, nan = math.inf, math.nan
def show(name, f, *args):
    try:
        print(name, args, f(*args))
    except (ValueError, OverflowError) as e:
        print(name, args, type(e).__name__, e)

for x in [inf, -inf, nan, 0.0, -0.0]:
    for name in ['sqrt', 'exp', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh',
                 'tanh', 'asinh', 'erf', 'erfc', 'fabs', 'cbrt', 'exp2', 'gamma', 'lgamma']:
        show(name, getattr(math, name), x)
for x in [inf, -inf, nan, 0.0, -0.0, 1.0, -1.0]:
    for name in ['log', 'log2', 'log10', 'acosh', 'atanh', 'asin', 'acos']:
        show(name, getattr(math, name), x)
for y, x in [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (inf, inf), (-inf, inf),
             (inf, -inf), (-inf, -inf), (1.0, inf), (1.0, -inf), (-1.0, -inf), (inf, 1.0), (nan, 1.0)]:
    show('atan2', math.atan2, y, x)
print(math.copysign(1.0, -0.0), math.copysign(-2.0, 0.0), math.copysign(3, -inf), math.copysign(inf, -1))
print(math.copysign(1.0, math.copysign(nan, -1.0)) in (1.0, -1.0))
print(math.isinf(inf), math.isinf(-inf), math.isinf(nan), math.isinf(1e308))
print(math.isnan(nan), math.isnan(inf), math.isnan(0))
print(math.isfinite(0.0), math.isfinite(inf), math.isfinite(nan), math.isfinite(10**300))
print(math.sqrt(-0.0), math.log1p(-0.0), math.sin(-0.0), math.tan(-0.0), math.atanh(-0.0))
print(math.modf(-0.0), math.modf(inf), math.modf(-inf), math.modf(nan))
print(math.frexp(-0.0), math.frexp(inf), math.frexp(nan))
print(math.ldexp(-0.0, 5), math.ldexp(inf, -5), math.ldexp(nan, 3))
for x, y in [(inf, 2.0), (-inf, 3.0), (-inf, -3.0), (-inf, 2.0), (0.0, 3.0), (-0.0, 3.0),
             (-0.0, 2.0), (-0.0, -1.5), (nan, 0.0), (1.0, nan), (nan, 1.0), (2.0, inf), (0.5, inf),
             (-1.0, inf), (2.0, -inf), (0.5, -inf), (inf, 0.0), (-inf, -2.0), (inf, -0.5)]:
    show('pow', math.pow, x, y)
for x, y in [(5.0, inf), (-5.0, -inf), (inf, 1.0), (nan, 2.0), (2.0, nan), (-0.0, 1.0), (0.0, -1.0)]:
    show('fmod', math.fmod, x, y)
for x, y in [(5.0, inf), (inf, 1.0), (nan, 2.0), (2.0, nan), (-0.0, 1.0), (3.0, 2.0), (5.0, 2.0),
             (-5.0, 2.0), (7.5, 2.5), (1e308, 3.0)]:
    show('remainder', math.remainder, x, y)
