# breakpoints: stop only at them, with conditions, ignore counts, temporary ones, funcname
import bdb
import sys
sys.path.insert(0, ".")
import _target

FILE = _target.__file__


class Breaker(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.log = []

    def user_line(self, frame):
        if self.botframe is not None and frame is self.botframe.f_back:
            pass
        name = frame.f_code.co_name
        self.log.append("line %s %d %s" % (name, frame.f_lineno, sorted(frame.f_locals)))
        self.set_continue()

    def do_clear(self, arg):
        self.log.append("clear %s" % arg)
        self.clear_bpbynumber(arg)


def run(setup):
    bdb.Breakpoint.clearBreakpoints()
    b = Breaker()
    setup(b)
    b.set_break(__file__, START)   # the first stop, then continue
    r = b.runcall(main_caller)
    for line in b.log:
        print("  " + line)
    for bp in bdb.Breakpoint.bpbynumber:
        if bp:
            print("  " + bp.bpformat().replace(FILE, "_target.py").replace(__file__, "here"))
    print("  result", r)


def main_caller():
    x = 0                          # START
    return _target.main()

START = main_caller.__code__.co_firstlineno + 1

print("line breakpoint")
run(lambda b: b.set_break(FILE, 3))
print("condition")
run(lambda b: b.set_break(FILE, 10, cond="i == 2"))
print("ignore count")
def ignore2(b):
    b.set_break(FILE, 3)
    bdb.Breakpoint.bpbynumber[1].ignore = 2
run(ignore2)
print("temporary")
run(lambda b: b.set_break(FILE, 16, temporary=True))
print("function name")
run(lambda b: b.set_break(FILE, 7, funcname="loop"))
print("disabled")
def disabled(b):
    b.set_break(FILE, 3)
    bdb.Breakpoint.bpbynumber[1].disable()
run(disabled)
print("bad condition")
run(lambda b: b.set_break(FILE, 3, cond="undefined_name"))
print("in a generator")
run(lambda b: b.set_break(FILE, 16))
print("after a raise")
run(lambda b: b.set_break(FILE, 34))
