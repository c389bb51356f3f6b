# add_note / __notes__ (3.11) and how notes are printed
e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)

def check(x):
    try:
        return int(x)
    except ValueError as err:
        err.add_note("while checking %r" % x)
        raise

try:
    check("q")
except ValueError as err:
    print(err.__notes__)

check("zz")
