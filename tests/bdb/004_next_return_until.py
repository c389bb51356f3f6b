# set_next, set_return and set_until: where each stops next
import bdb
import sys
sys.path.insert(0, ".")
import _target


class Scripted(bdb.Bdb):
    """Runs a list of commands, one per stop: step, next, return, until, continue."""
    def __init__(self, commands):
        super().__init__()
        self.commands = list(commands)
        self.log = []

    def act(self, kind, frame, extra=""):
        self.log.append("%s %s %d%s" % (kind, frame.f_code.co_name, frame.f_lineno, extra))
        cmd = self.commands.pop(0) if self.commands else "quit"
        if cmd == "step":
            self.set_step()
        elif cmd == "next":
            self.set_next(frame)
        elif cmd == "return":
            self.set_return(frame)
        elif cmd == "until":
            self.set_until(frame)
        elif cmd == "continue":
            self.set_continue()
        else:
            self.set_quit()

    def user_call(self, frame, args):
        self.act("call", frame)

    def user_line(self, frame):
        self.act("line", frame)

    def user_return(self, frame, value):
        self.act("return", frame, " " + repr(value))

    def user_exception(self, frame, info):
        self.act("exception", frame, " " + info[0].__name__)


scripts = [
    ["step", "step", "next", "next", "next", "next", "next"],
    ["step", "step", "step", "step", "return", "next", "next", "next"],
    ["step", "step", "step", "step", "step", "step", "until", "until", "until", "next"],
    ["step", "step", "next", "step", "step", "return", "return", "return", "step", "step"],
    ["step", "step", "next", "next", "next", "step", "step", "next", "next", "next", "next", "next"],
    ["step", "step", "next", "next", "step", "next", "next", "step", "step", "next", "next"],
]
for script in scripts:
    s = Scripted(script)
    result = s.runcall(_target.main)
    print(script)
    for line in s.log:
        print("   ", line)
    print("    result", result)
