# Subgroups are made by derive() and carry the original group's metadata.
class TaggedGroup(ExceptionGroup):
    def derive(self, excs):
        g = TaggedGroup(self.message + "+", excs)
        return g

try:
    try:
        raise TaggedGroup("tagged", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("match:", type(e).__name__, repr(e.message), e.exceptions)
except ExceptionGroup as e:
    print("rest:", type(e).__name__, repr(e.message), e.exceptions)

# notes are copied into each part, so that each part has its own list
eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
eg.add_note("original note")
try:
    try:
        raise eg
    except* ValueError as e:
        print("notes:", e.__notes__, e.__notes__ is eg.__notes__)
        e.add_note("added in handler")
        raise
except ExceptionGroup as e:
    print("reraised notes:", e.__notes__, e is eg)
    print("original notes:", eg.__notes__)

# cause and context go with the parts, and __suppress_context__ is set
try:
    try:
        try:
            raise OSError("earlier")
        except OSError as o:
            raise ExceptionGroup("caused", [ValueError(1), TypeError(2)]) from o
    except* ValueError as e:
        print("match cause:", repr(e.__cause__), e.__suppress_context__)
except ExceptionGroup as e:
    print("rest cause:", repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# split() and subgroup() agree with except*
g = ExceptionGroup("g", [ValueError(1), ExceptionGroup("s", [TypeError(2), ValueError(3)])])
m, r = g.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(g.subgroup(lambda e: isinstance(e, TypeError))))
print(m.__suppress_context__, g.__suppress_context__)

# except* calls the group's split(); while a handler's type is evaluated, the handled
# exception is the part the previous handler matched
import sys
def kind(k):
    print("matching", k.__name__, "during", repr(sys.exc_info()[1]))
    return k

class Loud(ExceptionGroup):
    def split(self, t):
        print("Loud.split", t.__name__)
        return super().split(t)

try:
    raise Loud("loud", [ValueError(1), TypeError(2), KeyError(3)])
except* kind(ValueError) as e:
    print(type(e).__name__, e.exceptions)
except* kind(OSError):
    print("not reached")
except* kind(TypeError) as e:
    print(type(e).__name__, e.exceptions)
except* kind(KeyError) as e:
    print(type(e).__name__, e.exceptions)
