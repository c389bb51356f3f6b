# stepping: every stop of a debugger that always steps, with its event, function and line
import bdb
import sys
sys.path.insert(0, ".")
import _target


class Stepper(bdb.Bdb):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.log = []

    def stop(self, kind, frame, extra=""):
        # lines inside bdb.py itself are the implementation's own
        where = frame.f_lineno if frame.f_code.co_filename == _target.__file__ else "bdb"
        self.log.append("%s %s %s %s" % (kind, frame.f_code.co_name, where, extra))
        if len(self.log) >= self.limit:
            self.set_quit()
        else:
            self.set_step()

    def user_call(self, frame, args):
        self.stop("call", frame)

    def user_line(self, frame):
        self.stop("line", frame)

    def user_return(self, frame, value):
        self.stop("return", frame, repr(value))

    def user_exception(self, frame, info):
        self.stop("exception", frame, info[0].__name__)


s = Stepper(80)
s.runcall(_target.main)
print("\n".join(s.log))
print(sys.gettrace())
