# A deterministic sweep over many arguments: every result must print as CPython's.
import math

state = 20240601
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11

def rfloat():
    kind = rnd() % 6
    m = rnd() / 2**53
    if kind == 0:
        return m * 10 - 5
    if kind == 1:
        return m * 400 - 200
    if kind == 2:
        return (m - 0.5) * 10.0 ** ((rnd() % 600) - 300)
    if kind == 3:
        return float(rnd() % 50) - 25 + (0.5 if rnd() & 1 else 0.0)
    if kind == 4:
        return m * 2 - 1
    return m * 1e-5

def call(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

one = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'exp', 'exp2', 'expm1',
       'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'log1p', 'erf', 'erfc', 'gamma', 'lgamma', 'log', 'log2',
       'log10', 'ulp', 'frexp', 'modf']
for i in range(1200):
    name = one[i % len(one)]
    x = rfloat()
    print(name, repr(x), call(getattr(math, name), x))
two = ['atan2', 'copysign', 'remainder', 'fmod', 'pow', 'hypot', 'log', 'dist']
for i in range(800):
    name = two[i % len(two)]
    x, y = rfloat(), rfloat()
    if name == 'dist':
        print(name, call(math.dist, (x, y), (y, x * 3)))
    else:
        print(name, repr(x), repr(y), call(getattr(math, name), x, y))
for i in range(200):
    v = [rfloat() for _ in range(1 + i % 5)]
    print('hypot', call(math.hypot, *v), 'fsum', call(math.fsum, v + [1e16, -1e16]))
