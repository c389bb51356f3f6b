# Infinite, NaN and signed-zero parts: CPython's special-value tables.
import cmath, math

inf, nan = math.inf, math.nan
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh',
         'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']

def show(r):
    if isinstance(r, complex):
        return '(%r, %r)' % (r.real, r.imag)
    return repr(r)

def call(f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

for name in names:
    f = getattr(cmath, name)
    print(name)
    for a in parts:
        print('  ', ' '.join(call(f, complex(a, b)) for b in parts))
print('rect')
for a in parts:
    print('  ', ' '.join(call(cmath.rect, a, b) for b in parts))
print('polar/phase')
for a in parts:
    print('  ', ' '.join(call(cmath.polar, complex(a, b)) + '/' + call(cmath.phase, complex(a, b)) for b in parts))
for name in ['isfinite', 'isinf', 'isnan']:
    print(name, [getattr(cmath, name)(complex(a, b)) for a in parts for b in (0.0, inf, nan)])
