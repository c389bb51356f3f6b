# an exception whose __str__ fails, and one with an empty message
class Empty(Exception):
    pass

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")

try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))

try:
    raise BadStr("x")
except BadStr as e:
    try:
        str(e)
    except RuntimeError as r:
        print("str failed:", r)

raise Empty
