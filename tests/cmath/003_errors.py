# Domain and range errors, bad arguments.
import cmath, math

def t(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

t(cmath.log, 0)
t(cmath.log, 0j)
t(cmath.log10, 0)
t(cmath.log, 1, 0)
t(cmath.log, 1, 1)
t(cmath.log, 0j, 2)
t(cmath.atanh, 1)
t(cmath.atanh, -1)
t(cmath.atan, 1j)
t(cmath.atan, -1j)
t(cmath.exp, 1000)
t(cmath.exp, complex(710, 1))
t(cmath.exp, complex(0, math.inf))
t(cmath.exp, complex(math.inf, math.inf))
t(cmath.cosh, complex(1000, 1))
t(cmath.sinh, complex(-1000, 1))
t(cmath.cosh, complex(0, math.inf))
t(cmath.sinh, complex(1, -math.inf))
t(cmath.tanh, complex(1, math.inf))
t(cmath.sin, complex(math.inf, 1))
t(cmath.cos, complex(math.inf, 0))
t(cmath.tan, complex(math.inf, 1))
t(cmath.rect, 1, math.inf)
t(cmath.rect, -2, -math.inf)
t(cmath.rect, 0, math.inf)
t(cmath.rect, 1e308, 0.5)
t(cmath.polar, complex(1e308, 1e308))
t(cmath.isclose, 1, 1, rel_tol=-1)
t(cmath.sqrt, 10**400)
t(cmath.sqrt, 'x')
t(cmath.sqrt, None)
t(cmath.sqrt, [1])
t(cmath.phase, 'x')
t(cmath.rect, 1j, 1)
t(cmath.rect, 1, 'a')
t(cmath.log, 1, 'b')
class Bad:
    def __complex__(self):
        return 5
t(cmath.exp, Bad())
class Raises:
    def __complex__(self):
        raise RuntimeError("no complex here")
t(cmath.exp, Raises())
t(cmath.sqrt)
t(cmath.sqrt, 1, 2)
t(cmath.log)
t(cmath.log, 1, 2, 3)
t(cmath.rect, 1)
t(cmath.polar)
t(cmath.isclose, 1)
t(cmath.isclose, 1, 2, 3)
t(cmath.exp, z=1)
