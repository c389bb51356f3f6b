# A deterministic sweep: every result must print as CPython's.
import cmath, math

state = 77
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11

specials = [math.inf, -math.inf, math.nan, 0.0, -0.0, 1.0, -1.0, 1e308, 5e-324, 710.0, 1e154, 1e-160]
def rfloat():
    kind = rnd() % 6
    m = rnd() / 2**53
    if kind == 0:
        return specials[rnd() % len(specials)]
    if kind == 1:
        return m * 10 - 5
    if kind == 2:
        return (m - 0.5) * 10.0 ** ((rnd() % 600) - 300)
    if kind == 3:
        return m * 2 - 1
    if kind == 4:
        return 1 + (m - 0.5) * 1e-8
    return (m - 0.5) * 1500

def call(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return type(e).__name__
    if isinstance(r, complex):
        return '(%r, %r)' % (r.real, r.imag)
    return repr(r)

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']
for i in range(1500):
    name = names[i % len(names)]
    z = complex(rfloat(), rfloat())
    print(name, call(getattr(cmath, name), z))
for i in range(200):
    print('rect', call(cmath.rect, rfloat(), rfloat()), 'log', call(cmath.log, complex(rfloat(), rfloat()), rfloat()))
