# Bad arguments.
import gc

def t(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

t(gc.collect, 3)
t(gc.collect, -1)
t(gc.collect, "2")
t(gc.collect, 1.0)
t(gc.collect, 1, 2)
t(gc.collect, gen=1)
t(gc.set_threshold)
t(gc.set_threshold, 1, 2, 3, 4)
t(gc.set_threshold, "a")
t(gc.set_threshold, 1.5)
t(gc.set_threshold, 2**40)
t(gc.set_threshold, threshold0=1)
t(gc.set_debug)
t(gc.set_debug, "x")
t(gc.enable, 1)
t(gc.isenabled, None)
t(gc.get_count, 1)
t(gc.is_tracked)
t(gc.freeze, 1)
print(gc.get_threshold())
