# frame and code object attributes tracers use
import sys

def show_code(co):
    print(co.co_name, co.co_qualname, co.co_filename, co.co_firstlineno, co.co_argcount,
          co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames,
          co.co_cellvars, co.co_freevars, co.co_names, co.co_flags & 0x2f)

def f(a, b=1, /, c=2, *args, d, **kw):
    e = a
    def inner():
        return e + d
    return inner

show_code(f.__code__)
show_code(f(1, d=2).__code__)
print([line for _, _, line in f.__code__.co_lines()][:3] == [9, 10, 11][:3] or "lines")
print(sorted(set(line for _, _, line in f.__code__.co_lines() if line)))

def here():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_globals is globals(),
          fr.f_builtins is __builtins__.__dict__, fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
    print(sys._getframe(1).f_code.co_name, type(fr.f_lasti).__name__)
    try:
        sys._getframe(100)
    except ValueError as e:
        print(e)

def caller():
    here()

caller()
print(sys._getframe().f_back)

def tb_info():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next, type(tb.tb_lasti).__name__)

tb_info()

def gen():
    yield sys._getframe().f_lineno

g = gen()
print(g.gi_frame.f_lineno, next(g), g.gi_frame.f_lineno)
