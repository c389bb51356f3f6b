# Run a benchmark under a tracer (bench/run.py --tracing). Usage:
#   python _tracing.py MODE PROGRAM [ARGS...]
# MODE: none     no tracer (the baseline)
#       ignore   sys.settrace with a tracer that returns None from every 'call' event
#       bdb      a bdb.Bdb debugger with one breakpoint, in a function of this file that is
#                never called, continuing after the first stop (what `pdb` does with
#                `break` then `continue`)
# Runs the same under twinpy and CPython.
import sys

mode, program = sys.argv[1], sys.argv[2]
sys.argv = sys.argv[2:]
with open(program) as f:
    code = compile(f.read(), program, "exec")
namespace = {"__name__": "__main__", "__file__": program}


def never_called():
    return "the breakpoint is here"


def ignore(frame, event, arg):
    return None


if mode == "none":
    exec(code, namespace)
elif mode == "ignore":
    sys.settrace(ignore)
    exec(code, namespace)
    sys.settrace(None)
elif mode == "bdb":
    import bdb

    class Continue(bdb.Bdb):
        def user_line(self, frame):
            self.set_continue()

    debugger = Continue()
    message = debugger.set_break(__file__, never_called.__code__.co_firstlineno + 1)
    if message:
        sys.exit(message)
    debugger.run(code, namespace)
else:
    sys.exit("unknown mode " + mode)
