# the breakpoint API: set/clear results and messages, lookups, numbering, formatting
import bdb
import sys
sys.path.insert(0, ".")
import _target

FILE = _target.__file__
short = lambda s: str(s).replace(FILE, "_target.py") if s is not None else None

bdb.Breakpoint.clearBreakpoints()
b = bdb.Bdb()
print(b.set_break(FILE, 3), b.set_break(FILE, 10, cond="i > 1"), b.set_break(FILE, 3, temporary=True))
print(short(b.set_break(FILE, 500)))
print(b.get_break(FILE, 3), b.get_break(FILE, 4), len(b.get_breaks(FILE, 3)), b.get_breaks(FILE, 4))
print(b.get_file_breaks(FILE), b.get_file_breaks("nothing.py"))
print(sorted((short(k), v) for k, v in b.get_all_breaks().items()))
print(short(b.get_bpbynumber(2)), short(b.get_bpbynumber("1")))
for arg in ["", "x", 99, "0"]:
    try:
        b.get_bpbynumber(arg)
    except ValueError as e:
        print("ValueError:", e)
print(short(b.clear_break(FILE, 4)), short(b.clear_break("nothing.py", 1)))
print(b.clear_bpbynumber("2"), b.clear_bpbynumber("2"), b.clear_bpbynumber("zz"))
try:
    b.get_bpbynumber(2)
except ValueError as e:
    print("ValueError:", e)
print(b.get_file_breaks(FILE))
bp = bdb.Breakpoint.bpbynumber[1]
bp.hits = 3
bp.ignore = 2
bp.cond = "x"
print(short(bp.bpformat()))
bp.disable()
print(short(bp.bpformat()).splitlines()[0], bp.enabled)
print(b.clear_break(FILE, 3), b.get_all_breaks())
print(b.clear_all_breaks())
b.set_break(FILE, 8)
b.set_break(FILE, 9)
print(short(b.clear_all_file_breaks(FILE)), b.get_all_breaks(), short(b.clear_all_file_breaks(FILE)))
print(b.canonic("<string>"), b.canonic(FILE) == FILE)
print([bp is None for bp in bdb.Breakpoint.bpbynumber])
try:
    b.do_clear("1")
except NotImplementedError as e:
    print("NotImplementedError:", e)
